package org.reskontro.ledger.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A read session on one creditor's accounting system. Lists stream into a sink page by page, so memory stays
 * flat whatever the ledger's size. Every method may throw {@link AccountingSystemException}.
 */
public interface LedgerSource {

    /** Customers (debtors), all of them or only those changed at or after {@code changedSince} (null: all). */
    void customers(Instant changedSince, Consumer<ErpCustomer> sink);

    /**
     * Booked invoices and credit notes made in the system's invoice module (no drafts, no other vouchers),
     * dated within the query's range, optionally only those changed since a time.
     */
    void documents(DocumentQuery query, Consumer<ErpDocument> sink);

    /** The open amount and the payments of one document, as the accounting system states them now. */
    DocumentBalance balance(ErpDocument document);

    /**
     * Whether this session can list the receivables accounts' postings in bulk ({@link #receivablePostings}). A ledger
     * that has many new documents to learn the open amount of reads them once instead of asking one balance per
     * document; it checks that the postings add up before it relies on them, and asks {@link #balance} otherwise.
     */
    default boolean listsReceivablePostings() {
        return false;
    }

    /**
     * Every posting on the receivables (debtor) accounts dated on or after {@code from}, streamed into the sink in
     * any order. Systems that cannot list them answer {@link AccountingSystemException.Category#REJECTED}.
     */
    default void receivablePostings(LocalDate from, Consumer<ErpPosting> sink) {
        throw new AccountingSystemException(AccountingSystemException.Category.REJECTED,
                "This accounting system's connector cannot list receivable postings");
    }

    /**
     * Whether this session can list the receivables postings <em>added</em> to the books since a time
     * ({@link #receivablePostingsAddedSince}). A delta sync then learns the new open amounts of changed documents from
     * what was booked on them since its cursor, instead of asking one balance per changed document.
     */
    default boolean listsAddedPostings() {
        return false;
    }

    /**
     * Every posting on the receivables accounts that was added to the books at or after {@code since} and up to now,
     * whatever date it is booked on, streamed into the sink in any order. Books are append-only: a payment removed
     * later shows as a reversing posting of its own, never as a posting that went away. Systems that cannot list them
     * answer {@link AccountingSystemException.Category#REJECTED}.
     */
    default void receivablePostingsAddedSince(Instant since, Consumer<ErpPosting> sink) {
        throw new AccountingSystemException(AccountingSystemException.Category.REJECTED,
                "This accounting system's connector cannot list the receivable postings added since a time");
    }

    /**
     * The document as the accounting system prints it, as PDF bytes (they start with {@code %PDF-}). Systems
     * that cannot export one answer {@link AccountingSystemException.Category#REJECTED}.
     */
    default byte[] pdf(ErpDocument document) {
        throw new AccountingSystemException(AccountingSystemException.Category.REJECTED,
                "This accounting system's connector cannot fetch document PDFs");
    }

    /**
     * What the session noticed on the way that a run's history should tell, one sentence each (a list that changed
     * while it was read page by page, and how the connector made up for it); taking them empties the list.
     */
    default List<String> takeNotes() {
        return List.of();
    }

    /** HTTP requests this session has sent so far, retries included. */
    int requestCount();
}
