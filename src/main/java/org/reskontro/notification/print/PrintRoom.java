package org.reskontro.notification.print;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reskontro.notification.NoSuchNoticeException;
import org.reskontro.notification.NoticeEvent;
import org.reskontro.notification.NothingToPrintException;
import org.reskontro.notification.PrintBatch;
import org.reskontro.notification.PrintBatchId;
import org.reskontro.notification.PrintBatchSummary;
import org.reskontro.notification.persistence.NoticeRows;
import org.reskontro.notification.persistence.PrintRows;
import org.reskontro.notification.render.PrintBatchPdf;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Print batches: the creditor's queued letters as one PDF, stored, and the letters marked PRINTED in the same
 * transaction, so a letter is in exactly one batch. Two batches asked for at once queue behind each other on the
 * letters' row locks; the second finds only what the first left.
 */
@Component
public class PrintRoom {

    /** A batch is at most this many letters (a few tens of megabytes); the next batch takes the rest. */
    static final int MAX_LETTERS = 1_000;

    private final PrintRows prints;
    private final NoticeRows notices;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    PrintRoom(PrintRows prints, NoticeRows notices, Clock clock, PlatformTransactionManager transactions) {
        this.prints = prints;
        this.notices = notices;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public PrintBatch print(CreditorId creditor) {
        return ownTransaction.execute(status -> {
            List<PrintRows.QueuedLetter> letters = prints.lockQueue(creditor, MAX_LETTERS);
            if (letters.isEmpty()) {
                throw new NothingToPrintException(creditor);
            }
            PrintBatchPdf.Merged merged = PrintBatchPdf.merge(letters.stream().map(PrintRows.QueuedLetter::pdfs)
                    .toList());
            Instant at = clock.instant();
            PrintBatch batch = new PrintBatch(PrintBatchId.random(), creditor, at, letters.size(), merged.pages(),
                    merged.pdf());
            prints.insert(batch);
            for (PrintRows.QueuedLetter letter : letters) {
                NoticeRows.Stored stored = notices.lock(creditor, letter.id())
                        .orElseThrow(() -> new NoSuchNoticeException("No notice " + letter.id()));
                notices.save(creditor, letter.id(), stored.state().printed(),
                        Map.of("print_batch_id", batch.id().value(), "printed_at", at));
                notices.event(creditor, letter.id(), at, NoticeEvent.Type.PRINTED, "Print batch " + batch.id());
            }
            return batch;
        });
    }

    public Optional<PrintBatch> batch(CreditorId creditor, PrintBatchId id) {
        return prints.find(creditor, id);
    }

    public List<PrintBatchSummary> batches(CreditorId creditor, int limit) {
        return prints.list(creditor, limit);
    }

    public int queued(CreditorId creditor) {
        return prints.queued(creditor);
    }
}
