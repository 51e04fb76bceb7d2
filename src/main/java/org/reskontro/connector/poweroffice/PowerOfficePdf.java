package org.reskontro.connector.poweroffice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The PDF inside VoucherDocumentation/Download's "single zip file" (a bare PDF is taken as it is), checked as worth
 * keeping: the {@code %PDF-} header and an {@code %%EOF} near the end (readers look in the last 1024 bytes), so a
 * download cut short is refused instead of stored for good. At most 30 MB, the contract's limit for documentation.
 */
final class PowerOfficePdf {

    static final String ACCEPT = "application/zip, application/octet-stream, application/pdf";
    private static final int MAX_BYTES = 30 * 1024 * 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER_WINDOW = 1024;

    private PowerOfficePdf() {
    }

    static byte[] fromDownload(byte[] body, String what) {
        byte[] pdf = startsWith(body, HEADER) ? body : unzip(body, what);
        if (!startsWith(pdf, HEADER)) {
            throw PowerOfficeJson.malformed(what, "the documentation holds no PDF (it does not start with %PDF-)");
        }
        if (!endsWithinWindow(pdf)) {
            throw PowerOfficeJson.malformed(what, "the PDF of " + pdf.length + " bytes has no %%EOF at its end"
                    + " (cut short?)");
        }
        return pdf;
    }

    private static byte[] unzip(byte[] body, String what) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                    return limited(zip, what);
                }
            }
        } catch (IOException e) {
            throw PowerOfficeJson.malformed(what, "the zip file is broken (" + e.getMessage() + ")");
        }
        throw PowerOfficeJson.malformed(what, "the zip file holds no .pdf");
    }

    private static byte[] limited(InputStream in, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            out.write(buffer, 0, read);
            if (out.size() > MAX_BYTES) {
                throw PowerOfficeJson.malformed(what, "the PDF is larger than 30 MB");
            }
        }
        return out.toByteArray();
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
