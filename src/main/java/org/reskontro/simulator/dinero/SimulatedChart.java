package org.reskontro.simulator.dinero;

import java.util.List;

/**
 * The few accounts the simulator books sales on, numbered and categorised in the manner of Dinero's standard chart
 * (the contract's categories; the numbers are the simulator's own, so a client must find its accounts by category,
 * as it must with a real organisation whose chart was changed).
 */
final class SimulatedChart {

    record Account(int number, String name, String category, String categoryName, String vatCode,
            boolean defaultSales) {
    }

    static final Account SALES = new Account(1000, "Salg af varer/ydelser m/moms", "Turnover", "Omsætning", "U25",
            true);
    /**
     * Turnover outside VAT, for what Danish law keeps outside VAT: reminder fees and late-payment interest. No VAT
     * code, so a line booked on it carries no VAT.
     */
    static final Account FEES = new Account(1150, "Rykkergebyrer og renter (momsfri)", "Turnover", "Omsætning", null,
            false);
    static final Account BANK = new Account(55000, "Bank", "Liquid Assets", "Likvide beholdninger", null, false);
    static final Account DEBTORS = new Account(58100, "Debitorer", "Receivables", "Tilgodehavender", null, false);
    static final Account SALES_VAT = new Account(63100, "Salgsmoms", "Vat Due", "Moms", null, false);

    static final List<Account> ACCOUNTS = List.of(SALES, FEES, BANK, DEBTORS, SALES_VAT);

    static java.util.Optional<Account> account(int number) {
        return ACCOUNTS.stream().filter(a -> a.number() == number).findFirst();
    }

    /** The VAT rate a sales line on the account carries: 25 % for U25, none without a VAT code. */
    static java.math.BigDecimal vatRate(Account account) {
        return "U25".equals(account.vatCode()) ? DineroLine.DANISH_VAT : java.math.BigDecimal.ZERO;
    }

    private SimulatedChart() {
    }
}
