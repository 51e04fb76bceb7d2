package org.reskontro.ledger;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.reskontro.ledger.pdf.PdfFetcher;
import org.reskontro.ledger.pdf.PdfRows;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mirrored documents' PDFs: copied from the accounting system for new document numbers only (S-DOC-1),
 * and read back for people and integrators.
 */
@Service
public class Documents {

    private final PdfFetcher fetcher;
    private final PdfRows pdfs;

    Documents(PdfFetcher fetcher, PdfRows pdfs) {
        this.fetcher = fetcher;
        this.pdfs = pdfs;
    }

    /**
     * Fetches and stores the PDF of every open mirrored document whose number has none yet, up to the per-run
     * limit ({@code reskontro.ledger.pdf.max-per-run}), and returns how many it stored. Safe to call often and
     * from several nodes: a stored PDF is never fetched again, and one transfer per creditor runs at a time.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // each PDF commits on its own, never in a caller's
    public int transferNewPdfs(CreditorId creditor) {
        return runPdfTransfer(creditor).fetched();
    }

    /** Like {@link #transferNewPdfs}, with the whole account of the run. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PdfTransfer runPdfTransfer(CreditorId creditor) {
        return fetcher.transfer(creditor);
    }

    public Optional<StoredPdf> pdf(CreditorId creditor, UUID documentId) {
        return pdfs.find(creditor, documentId);
    }

    /** Those of the given documents that have a stored PDF, e.g. to show a link per open item. */
    public Set<UUID> withPdf(CreditorId creditor, Collection<UUID> documentIds) {
        return pdfs.stored(creditor, documentIds);
    }
}
