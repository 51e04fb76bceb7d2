package org.reskontro.notification;

import java.util.List;
import java.util.Objects;
import org.reskontro.shared.CountryCode;

/** Who the notice is for; {@code email} and {@code country} may be null, {@code address} empty. */
public record Recipient(String name, String email, List<String> address, CountryCode country) {

    public Recipient {
        if (name == null || name.isBlank()) {
            throw new InvalidNoticeException("The recipient needs a name");
        }
        address = address == null ? List.of()
                : List.copyOf(address.stream().filter(Objects::nonNull).filter(line -> !line.isBlank()).toList());
    }

    public boolean hasPostalAddress() {
        return !address.isEmpty();
    }
}
