package org.reskontro.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.reskontro.ledger.AgingReport;

/** The aging report as bars: each bucket's share of the largest bucket of its currency, for CSS widths. */
record AgingChart(List<Currency> currencies) {

    record Bar(String key, String label, BigDecimal amount, int count, int percent) {
    }

    record Currency(String code, BigDecimal total, List<Bar> bars) {
    }

    static AgingChart of(AgingReport report) {
        List<Currency> currencies = new ArrayList<>();
        AgingReport.Bucket[] buckets = AgingReport.Bucket.values();
        for (AgingReport.Row row : report.rows()) {
            BigDecimal max = row.amounts().stream().map(m -> m.amount().abs()).reduce(BigDecimal.ZERO, BigDecimal::max);
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < buckets.length; i++) {
                BigDecimal amount = row.amounts().get(i).rounded().amount();
                int percent = max.signum() == 0 ? 0
                        : amount.abs().multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
                bars.add(new Bar(buckets[i].name(), buckets[i].label(), amount, row.counts().get(i), percent));
            }
            currencies.add(new Currency(row.currency(), row.total().rounded().amount(), bars));
        }
        return new AgingChart(currencies);
    }
}
