package org.reskontro.notification.render;

/**
 * Text as the standard PDF fonts can print it. They use WinAnsiEncoding (code page 1252), which covers every letter
 * of Danish, Norwegian, Swedish and Finnish (æ ø å ä ö š ž) but not every character that formatting produces: thin
 * and narrow spaces become no-break spaces, the minus sign and non-breaking hyphen a hyphen, anything else outside
 * the code page a question mark (instead of vanishing silently).
 */
final class PdfText {

    /** The characters code page 1252 puts where Latin-1 has control codes (0x80 to 0x9F). */
    private static final String WINDOWS_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    private PdfText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char printable = printable(c);
            if (printable != c && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (cleaned != null) {
                cleaned.append(printable);
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }

    private static char printable(char c) {
        if (c == '\n' || c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff) {
            return c;
        }
        return switch (c) {
            case '\u2009', '\u202f', '\u2007', '\u2002', '\u2003' -> '\u00a0';
            case '\u2212', '\u2011', '\u2010' -> '-';
            case '\t' -> ' ';
            default -> WINDOWS_EXTRAS.indexOf(c) >= 0 ? c : '?';
        };
    }
}
