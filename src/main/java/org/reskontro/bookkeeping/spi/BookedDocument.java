package org.reskontro.bookkeeping.spi;

/**
 * What the accounting system holds for a booking: its own id for the document (or payment), the number it gave it
 * (null for payments and proposals), and whether it is booked or waits for approval.
 */
public record BookedDocument(String externalId, Long number, State state) {

    public enum State {
        BOOKED,
        PROPOSED
    }
}
