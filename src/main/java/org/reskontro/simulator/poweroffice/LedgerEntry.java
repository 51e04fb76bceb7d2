package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One customer sub-ledger entry (CustomerLedgerEntryDto): signed NOK {@code amount} (an invoice positive, a payment
 * negative), and the {@code balance} still open on it once its match group is settled among its members. Entries
 * sharing a {@code matchId} are matched together; {@code lastChangedAt} moves whenever the match changes, as the
 * contract says ("the accounting entry in itself cannot change, but the match state … might").
 */
public record LedgerEntry(long id, UUID voucherId, long voucherNo, String voucherType, long customerId,
        long customerNo, BigDecimal amount, String currencyCode, BigDecimal currencyAmount, LocalDate postingDate,
        LocalDate voucherDate, LocalDate dueDate, Long invoiceNo, String cid, boolean writeOff, Long matchId,
        BigDecimal balance, Instant createdAt, Instant lastChangedAt) {

    LedgerEntry matched(Long newMatchId, BigDecimal newBalance, Instant at) {
        return new LedgerEntry(id, voucherId, voucherNo, voucherType, customerId, customerNo, amount, currencyCode,
                currencyAmount, postingDate, voucherDate, dueDate, invoiceNo, cid, writeOff, newMatchId, newBalance,
                createdAt, at);
    }
}
