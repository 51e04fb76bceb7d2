package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The general-ledger entries behind the simulator's sales vouchers, in DKK: booking an invoice debits the debtor
 * account with its total and credits sales and output VAT; a payment registered on it debits the bank and credits
 * the debtor account, on the invoice's own voucher (same VoucherGuid and number), so the debtor entries of a voucher
 * add up to what is still open on it. A credit note books the other way round. Drafts and deleted vouchers leave no
 * entries. The books are append-only for payments: a deleted payment keeps its entries, and reversing entries (same
 * accounts, opposite amounts) dated the day it was deleted follow them. How Dinero itself ties a payment's entries to
 * its invoice is not stated by the contract; this is the simulator's reading (ADR 12), and the ledger checks it before
 * it relies on it. Every entry carries the instant it was added to the books, what GET …/entries/changes filters on.
 */
final class LedgerEntries {

    record Entry(SimulatedChart.Account account, LocalDate date, long voucherNumber, UUID voucherGuid,
            String voucherType, String description, BigDecimal amount, UUID entryGuid, UUID contactGuid,
            String vatCode, Instant addedAt) {
    }

    private LedgerEntries() {
    }

    /**
     * Every entry of one voucher: booking first, then its payments (deleted ones too) in the order they were
     * registered, then the reversals of the deleted ones in the order they were deleted.
     */
    static List<Entry> of(DineroDocument d) {
        List<Entry> entries = new ArrayList<>();
        if (!d.booked() || d.deleted()) {
            return entries;
        }
        boolean invoice = d.kind() == DineroDocumentKind.INVOICE;
        int sign = invoice ? 1 : -1;
        BigDecimal total = d.totalInclVatInDkk();
        BigDecimal net = d.totalExclVatInDkk();
        String type = invoice ? "Invoice" : "CreditNote";
        String text = (invoice ? "Faktura " : "Kreditnota ") + d.number();
        entries.add(entry(d, 0, SimulatedChart.DEBTORS, d.date(), type, text, total.multiply(BigDecimal.valueOf(sign)), null));
        List<Map.Entry<SimulatedChart.Account, BigDecimal>> sales = salesByAccount(d, net);
        for (int i = 0; i < sales.size(); i++) {
            SimulatedChart.Account account = sales.get(i).getKey();
            // line 1 for the first account keeps the entry guids of single-account vouchers as they always were
            entries.add(entry(d, i == 0 ? 1 : 2 + i, account, d.date(), type, text,
                    sales.get(i).getValue().multiply(BigDecimal.valueOf(-sign)), account.vatCode()));
        }
        BigDecimal vat = total.subtract(net);
        if (vat.signum() != 0) {
            entries.add(entry(d, 2, SimulatedChart.SALES_VAT, d.date(), type, text,
                    vat.multiply(BigDecimal.valueOf(-sign)), null));
        }
        String paymentType = invoice ? "InvoicePayment" : "CreditNotePayment";
        for (DineroPayment p : registered(d)) {
            paymentEntries(entries, d, p, paymentType, sign, false);
        }
        for (DineroPayment p : d.deletedPayments()) {
            paymentEntries(entries, d, p, paymentType, sign, true);
        }
        return entries;
    }

    /** Standing and deleted payments in the order they were registered (a stable sort keeps ties as they were). */
    private static List<DineroPayment> registered(DineroDocument d) {
        if (d.deletedPayments().isEmpty()) {
            return d.payments();
        }
        List<DineroPayment> all = new ArrayList<>(d.payments());
        all.addAll(d.deletedPayments());
        all.sort(Comparator.comparing(DineroPayment::registeredAt));
        return all;
    }

    /**
     * A payment's two entries, bank (or the deposit account) and debtor; as a reversal the same accounts with the
     * opposite amounts, dated the day it was deleted (Copenhagen's day, as Dinero's) and added when it was.
     */
    private static void paymentEntries(List<Entry> entries, DineroDocument d, DineroPayment p, String type, int sign,
            boolean reversal) {
        BigDecimal dkk = p.amount().multiply(d.exchangeRate()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal signed = reversal ? dkk.negate() : dkk;
        SimulatedChart.Account deposit = SimulatedChart.account(p.depositAccountNumber()).orElse(SimulatedChart.BANK);
        LocalDate date = reversal ? LocalDate.ofInstant(p.deletedAt(), DineroApi.DINERO_ZONE) : p.date();
        Instant added = reversal ? p.deletedAt() : p.registeredAt();
        String text = !reversal ? p.description()
                : p.description() == null ? "Tilbageført betaling" : "Tilbageført: " + p.description();
        String seed = reversal ? p.guid() + "/reversal/" : p.guid() + "/";
        entries.add(new Entry(deposit, date, d.number(), d.guid(), type, text,
                signed.multiply(BigDecimal.valueOf(sign)), guid(seed + 0), d.contactGuid(), null, added));
        entries.add(new Entry(SimulatedChart.DEBTORS, date, d.number(), d.guid(), type, text,
                signed.multiply(BigDecimal.valueOf(-sign)), guid(seed + 1), d.contactGuid(), null, added));
    }

    /**
     * The net amount in DKK per sales account of the voucher's lines, in the order the accounts first occur; the
     * rounding difference of converting line by line goes to the first account, so the entries add up to the net.
     */
    private static List<Map.Entry<SimulatedChart.Account, BigDecimal>> salesByAccount(DineroDocument d,
            BigDecimal net) {
        Map<SimulatedChart.Account, BigDecimal> byAccount = new LinkedHashMap<>();
        for (DineroLine line : d.lines()) {
            SimulatedChart.Account account = SimulatedChart.account(line.accountNumber()).orElse(SimulatedChart.SALES);
            BigDecimal dkk = line.amountExclVat().multiply(d.exchangeRate()).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_UP);
            byAccount.merge(account, dkk, BigDecimal::add);
        }
        if (byAccount.size() <= 1) {
            SimulatedChart.Account only = byAccount.isEmpty() ? SimulatedChart.SALES
                    : byAccount.keySet().iterator().next();
            return List.of(Map.entry(only, net));
        }
        List<Map.Entry<SimulatedChart.Account, BigDecimal>> sales = new ArrayList<>(byAccount.entrySet());
        BigDecimal rest = net.subtract(byAccount.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        sales.set(0, Map.entry(sales.getFirst().getKey(), sales.getFirst().getValue().add(rest)));
        return sales;
    }

    private static Entry entry(DineroDocument d, int line, SimulatedChart.Account account, LocalDate date,
            String type, String text, BigDecimal amount, String vatCode) {
        return new Entry(account, date, d.number(), d.guid(), type, text, amount, guid(d.guid() + "/" + line),
                d.contactGuid(), vatCode, d.bookedAt());
    }

    private static UUID guid(String seed) {
        return UUID.nameUUIDFromBytes(("dinero-simulator/entry/" + seed).getBytes(StandardCharsets.UTF_8));
    }
}
