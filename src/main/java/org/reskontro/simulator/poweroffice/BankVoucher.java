package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A bank voucher an integration posted through POST /Vouchers/BankJournals. Lines on a customer's sub-ledger account
 * became customer-ledger entries ({@code entryId}); the others (the bank account) are kept as posted.
 */
public record BankVoucher(UUID id, long voucherNo, LocalDate voucherDate, String description, List<Line> lines,
        Instant createdAt, Instant reversedAt) {

    public record Line(long id, long accountId, BigDecimal amount, LocalDate postingDate, String cid, String invoiceNo,
            String description, Long entryId) {
    }

    public BankVoucher {
        lines = List.copyOf(lines);
    }

    BankVoucher reversedAt(Instant at) {
        return new BankVoucher(id, voucherNo, voucherDate, description, lines, createdAt, at);
    }
}
