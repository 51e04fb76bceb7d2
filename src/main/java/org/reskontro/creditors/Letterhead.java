package org.reskontro.creditors;

import java.util.Arrays;
import java.util.List;

/**
 * What a creditor's letters show of it besides its name: postal address lines, contact e-mail and phone, the
 * account debtors pay to (IBAN, bank account, bankgiro …, as the creditor writes it) and a PNG logo (may be null).
 */
public record Letterhead(List<String> address, String email, String phone, String paymentAccount, byte[] logoPng) {

    /** 512 KB: a logo prints at a few centimetres; more is a photograph by mistake. */
    public static final int MAX_LOGO_BYTES = 512 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public Letterhead {
        address = address == null ? List.of() : address.stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
        email = blankToNull(email);
        phone = blankToNull(phone);
        paymentAccount = blankToNull(paymentAccount);
        if (logoPng != null && logoPng.length == 0) {
            logoPng = null;
        }
    }

    public static Letterhead empty() {
        return new Letterhead(List.of(), null, null, null, null);
    }

    /** The problems of this letterhead, by field (empty when it can be saved). */
    java.util.Map<String, String> problems() {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.put("email", "'" + email + "' is not an e-mail address");
        }
        if (address.size() > 4) {
            problems.put("address", "At most 4 address lines fit the letter's head");
        }
        if (logoPng != null && (logoPng.length > MAX_LOGO_BYTES
                || !Arrays.equals(Arrays.copyOf(logoPng, PNG.length), PNG))) {
            problems.put("logo", "The logo must be a PNG file of at most " + MAX_LOGO_BYTES / 1024 + " KB");
        }
        return problems;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
