package org.reskontro.notification.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;

/**
 * Several stored PDFs as one: each letter's own pages, exactly as recorded when it was made, followed by its PDF
 * enclosures (the original invoice, S-DUN-3). Copying whole documents starts every letter on a new page.
 */
public final class PrintBatchPdf {

    /** The batch and how many pages it has. */
    public record Merged(byte[] pdf, int pages) {
    }

    private PrintBatchPdf() {
    }

    /** {@code letters}: per letter, the letter's PDF first, then its PDF enclosures. */
    public static Merged merge(List<List<byte[]>> letters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        int pages = 0;
        try {
            PdfCopy copy = new PdfCopy(document, out);
            document.open();
            for (List<byte[]> letter : letters) {
                for (byte[] pdf : letter) {
                    pages += append(copy, pdf);
                }
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not assemble the print batch: " + e.getMessage(), e);
        }
        return new Merged(out.toByteArray(), pages);
    }

    /** Whether the bytes are a PDF this class can copy pages from. */
    public static boolean readable(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int append(PdfCopy copy, byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                copy.addPage(copy.getImportedPage(reader, page));
            }
            copy.freeReader(reader);
            return pages;
        }
    }
}
