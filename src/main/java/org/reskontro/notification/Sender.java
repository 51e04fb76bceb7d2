package org.reskontro.notification;

import java.util.List;
import java.util.Objects;

/**
 * The creditor as the letter shows it. {@code email} becomes the e-mail's Reply-To (the From is Reskontro's own
 * address, so the creditor's domain policy never rejects it); {@code logoPng} may be null.
 */
public record Sender(String name, String organisationNumber, List<String> address, String email, String phone,
                     String paymentAccount, byte[] logoPng) {

    public Sender {
        if (name == null || name.isBlank()) {
            throw new InvalidNoticeException("The sender needs a name");
        }
        address = address == null ? List.of() : List.copyOf(address.stream().filter(Objects::nonNull).toList());
    }
}
