package org.reskontro.bookkeeping.spi;

import java.util.Optional;

/**
 * A write session on one creditor's accounting system. Every method may throw
 * {@link org.reskontro.ledger.spi.AccountingSystemException}; a transient category (unreachable, rate-limited, server
 * error) leaves the outcome unknown, and the caller simply asks again later with the same booking.
 */
public interface BookkeepingTarget {

    /**
     * Makes sure the booking exists in the accounting system, exactly once: when a document with the booking's key is
     * already there (an earlier attempt got through but its answer was lost), it is finished if needed (a draft that
     * should be booked is booked) and returned; nothing is created twice. A {@link BookingMode#PROPOSAL} booking is
     * left for approval in the system (a draft or a voucher proposal) instead of being booked.
     */
    BookedDocument book(Booking booking);

    /** What the accounting system holds under the booking's key, if anything, without changing it. */
    Optional<BookedDocument> find(Booking booking);

    /** Whether bookings can be delivered as proposals for approval ({@link BookingMode#PROPOSAL}). */
    boolean acceptsProposals();

    /** HTTP requests this session has sent so far, retries included. */
    int requestCount();
}
