package org.reskontro.bookkeeping.spi;

import java.util.UUID;

/**
 * One document Reskontro asks an accounting system to hold. {@link #key()} is the idempotency key: the connector
 * stores it in the document (a client-chosen id, an external reference) so it can find the document again.
 */
public sealed interface Booking permits ChargeInvoice, ChargeCreditNote, PaymentRegistration {

    UUID key();

    BookingMode mode();
}
