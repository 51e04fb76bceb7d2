package org.reskontro.notification.delivery;

import java.net.IDN;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an e-mail address is usable: one mailbox, {@code local@domain}, as RFC 5321 and 5322 allow it in practice.
 * The local part is a dot-atom of at most 64 ASCII characters (RFC 5321 section 4.5.3.1.1; quoted local parts are
 * refused, as many servers do); the domain has at least two labels of letters, digits and inner hyphens, at most 63
 * characters each, and a top-level label of letters (an internationalised domain is checked in its ASCII form, RFC
 * 5890); the whole address is at most 254 characters (RFC 5321 section 4.5.3.1.3 less the angle brackets). IP
 * literals, lists and display names are refused: a debtor's address is one mailbox.
 */
public final class EmailAddresses {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern ATOM = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}");

    private EmailAddresses() {
    }

    public static boolean usable(String address) {
        return problem(address).isEmpty();
    }

    /** A usable address as SMTP takes it: trimmed, an internationalised domain in its ASCII form (RFC 5890). */
    public static String forSmtp(String address) {
        String trimmed = address.trim();
        int at = trimmed.lastIndexOf('@');
        return trimmed.substring(0, at + 1) + IDN.toASCII(trimmed.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
    }

    /** Why the address cannot be used, in a sentence; empty if it can. */
    public static Optional<String> problem(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("no e-mail address");
        }
        String trimmed = address.trim();
        if (trimmed.length() > MAX_LENGTH) {
            return invalid(trimmed, "longer than " + MAX_LENGTH + " characters");
        }
        int at = trimmed.lastIndexOf('@');
        if (at < 0) {
            return invalid(trimmed, "no @");
        }
        if (trimmed.indexOf('@') != at) {
            return invalid(trimmed, "more than one @");
        }
        Optional<String> local = localPartProblem(trimmed.substring(0, at));
        if (local.isPresent()) {
            return invalid(trimmed, local.get());
        }
        return domainProblem(trimmed.substring(at + 1)).flatMap(problem -> invalid(trimmed, problem));
    }

    private static Optional<String> localPartProblem(String local) {
        if (local.isEmpty()) {
            return Optional.of("nothing before the @");
        }
        if (local.length() > MAX_LOCAL_LENGTH) {
            return Optional.of("more than " + MAX_LOCAL_LENGTH + " characters before the @");
        }
        for (String atom : local.split("\\.", -1)) {
            if (atom.isEmpty()) {
                return Optional.of("a dot at the start or end of the name, or two dots in a row");
            }
            if (!ATOM.matcher(atom).matches()) {
                return Optional.of("a character that is not allowed before the @ (spaces, commas, non-ASCII …)");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> domainProblem(String domain) {
        if (domain.isEmpty()) {
            return Optional.of("no domain after the @");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return Optional.of("the domain " + domain + " is not a valid domain name");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.of("the domain " + domain + " has no top-level domain");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.of("the domain " + domain + " is not a valid domain name");
            }
        }
        if (!TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return Optional.of("the domain " + domain + " has no valid top-level domain");
        }
        return Optional.empty();
    }

    private static Optional<String> invalid(String address, String why) {
        return Optional.of("'" + address + "' is not a usable e-mail address: " + why);
    }
}
