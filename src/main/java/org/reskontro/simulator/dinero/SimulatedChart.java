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
    static final Account BANK = new Account(55000, "Bank", "Liquid Assets", "Likvide beholdninger", null, false);
    static final Account DEBTORS = new Account(58100, "Debitorer", "Receivables", "Tilgodehavender", null, false);
    static final Account SALES_VAT = new Account(63100, "Salgsmoms", "Vat Due", "Moms", null, false);

    static final List<Account> ACCOUNTS = List.of(SALES, BANK, DEBTORS, SALES_VAT);

    private SimulatedChart() {
    }
}
