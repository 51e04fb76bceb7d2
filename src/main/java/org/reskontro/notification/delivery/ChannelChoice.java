package org.reskontro.notification.delivery;

import java.util.Optional;
import org.reskontro.notification.Channel;
import org.reskontro.notification.Fallback;
import org.reskontro.notification.Recipient;

/**
 * The channel a notice goes by: the one asked for where the recipient can be reached that way. E-mail without a
 * usable address becomes a letter, a letter without a postal address becomes an e-mail; each such change carries
 * its reason. A recipient reachable neither way is not {@code deliverable}: the notice is recorded as failed, so
 * it shows, but nothing can be sent.
 */
public record ChannelChoice(Channel used, boolean deliverable, Fallback fallback, String reason) {

    private static final String NO_POSTAL_ADDRESS = "No postal address";

    public static ChannelChoice of(Channel requested, Recipient recipient) {
        Optional<String> emailProblem = EmailAddresses.problem(recipient.email());
        boolean email = emailProblem.isEmpty();
        boolean letter = recipient.hasPostalAddress();
        Fallback noEmail = recipient.email() == null || recipient.email().isBlank()
                ? Fallback.NO_EMAIL : Fallback.INVALID_EMAIL;
        String noEmailReason = emailProblem.map(ChannelChoice::capitalised).orElse(null);
        if (!email && !letter) {
            return new ChannelChoice(requested, false, noEmail, noEmailReason + ", and no postal address");
        }
        return switch (requested) {
            case EMAIL -> email ? asked(requested) : fallback(Channel.LETTER, noEmail, noEmailReason);
            case LETTER -> letter ? asked(requested)
                    : fallback(Channel.EMAIL, Fallback.NO_POSTAL_ADDRESS, NO_POSTAL_ADDRESS);
            case EMAIL_AND_LETTER -> email && letter ? asked(requested)
                    : email ? fallback(Channel.EMAIL, Fallback.NO_POSTAL_ADDRESS, NO_POSTAL_ADDRESS)
                    : fallback(Channel.LETTER, noEmail, noEmailReason);
        };
    }

    private static ChannelChoice asked(Channel requested) {
        return new ChannelChoice(requested, true, null, null);
    }

    private static ChannelChoice fallback(Channel used, Fallback fallback, String reason) {
        return new ChannelChoice(used, true, fallback, reason);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
