package org.reskontro.connector.dinero;

import java.nio.charset.StandardCharsets;

/**
 * What makes Dinero's octet-stream answer a PDF worth keeping: the {@code %PDF-} header, and an {@code %%EOF}
 * marker near the end (readers look for it in the last 1024 bytes), so a download cut short is refused instead
 * of stored for good; the ledger never fetches a stored PDF again.
 */
final class DineroPdf {

    /** How Dinero's "Get invoice as json or pdf" is told to send the PDF. */
    static final String ACCEPT = "application/octet-stream";

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER_WINDOW = 1024;

    private DineroPdf() {
    }

    static byte[] checked(byte[] body, String what) {
        if (!startsWith(body, HEADER)) {
            throw DineroJson.malformed(what, "the body is no PDF (it does not start with %PDF-)");
        }
        if (!endsWithinWindow(body)) {
            throw DineroJson.malformed(what, "the PDF of " + body.length + " bytes has no %%EOF at its end"
                    + " (cut short?)");
        }
        return body;
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithinWindow(byte[] body) {
        for (int start = body.length - END.length; start >= Math.max(0, body.length - TRAILER_WINDOW); start--) {
            boolean match = true;
            for (int i = 0; i < END.length && match; i++) {
                match = body[start + i] == END[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
