package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The general-ledger entries behind the simulator's sales vouchers, in DKK: booking an invoice debits the debtor
 * account with its total and credits sales and output VAT; a payment registered on it debits the bank and credits
 * the debtor account, on the invoice's own voucher (same VoucherGuid and number), so the debtor entries of a voucher
 * add up to what is still open on it. A credit note books the other way round. Drafts and deleted vouchers (and
 * deleted payments) leave no entries. How Dinero itself ties a payment's entries to its invoice is not stated by the
 * contract; this is the simulator's reading (ADR 12), and the ledger checks it before it relies on it.
 */
final class LedgerEntries {

    record Entry(SimulatedChart.Account account, LocalDate date, long voucherNumber, UUID voucherGuid,
            String voucherType, String description, BigDecimal amount, UUID entryGuid, UUID contactGuid,
            String vatCode) {
    }

    private LedgerEntries() {
    }

    /** Every entry of one voucher, booking first, then its payments in the order they were registered. */
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
        for (DineroPayment p : d.payments()) {
            BigDecimal dkk = p.amount().multiply(d.exchangeRate()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            SimulatedChart.Account deposit = SimulatedChart.account(p.depositAccountNumber())
                    .orElse(SimulatedChart.BANK);
            entries.add(entry(d, p.guid(), 0, deposit, p.date(), paymentType, p.description(),
                    dkk.multiply(BigDecimal.valueOf(sign))));
            entries.add(entry(d, p.guid(), 1, SimulatedChart.DEBTORS, p.date(), paymentType, p.description(),
                    dkk.multiply(BigDecimal.valueOf(-sign))));
        }
        return entries;
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
                d.contactGuid(), vatCode);
    }

    private static Entry entry(DineroDocument d, UUID payment, int line, SimulatedChart.Account account,
            LocalDate date, String type, String text, BigDecimal amount) {
        return new Entry(account, date, d.number(), d.guid(), type, text, amount, guid(payment + "/" + line),
                d.contactGuid(), null);
    }

    private static UUID guid(String seed) {
        return UUID.nameUUIDFromBytes(("dinero-simulator/entry/" + seed).getBytes(StandardCharsets.UTF_8));
    }
}
