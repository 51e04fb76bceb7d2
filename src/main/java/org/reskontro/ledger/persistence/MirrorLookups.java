package org.reskontro.ledger.persistence;

/**
 * SQL that looks a run's few staged rows up in the mirror by key. A delta stages thousands of rows against a mirror
 * of millions, and the planner, pricing each lookup as a read from disk, joined them with the whole mirror instead
 * (a hash join that reads every document or payment of every creditor: 0.3 to 0.8 s a statement at a million
 * documents). A {@code LATERAL} subquery with {@code limit 1} on a unique key, or {@code offset 0} where several rows
 * match, cannot be pulled up into a join, so it stays a lookup whose cost grows with the run, not with the mirror.
 */
final class MirrorLookups {

    /**
     * Joins {@code known.payment} for a staged posting {@code p}: true when the mirror holds it as a payment (external
     * id {@code entry:} and the posting's id, ADR 12), null when it does not.
     */
    static final String POSTING_AS_PAYMENT = """
            left join lateral (select true as payment from ledger.payment m where m.creditor_id = p.creditor_id
                               and m.external_id = 'entry:' || p.external_id limit 1) known on true""";

    private MirrorLookups() {
    }

    /**
     * Joins {@code reversal.found} for a mirrored payment {@code payment}: true when a payment of the mirror reverses
     * it, null when none does. With {@link #live}, the payments that stand.
     */
    static String reversalOf(String payment) {
        return ("left join lateral (select true as found from ledger.payment r where r.creditor_id = %1$s.creditor_id"
                + " and r.document_id = %1$s.document_id and r.reverses = %1$s.id limit 1) reversal on true")
                .formatted(payment);
    }

    /** A mirrored payment that stands: not a reversal, and not reversed; needs {@link #reversalOf} joined. */
    static String live(String payment) {
        return payment + ".reverses is null and reversal.found is null";
    }

    /**
     * A staged posting {@code p} the mirror does not know on a document booked by {@code bookingEntry}: not its
     * booking, and no payment of the mirror's; needs {@link #POSTING_AS_PAYMENT} joined.
     */
    static String unknownPosting(String bookingEntry) {
        return "p.external_id is distinct from " + bookingEntry + " and known.payment is null";
    }
}
