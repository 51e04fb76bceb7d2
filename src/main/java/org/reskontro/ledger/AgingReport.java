package org.reskontro.ledger;

import java.time.LocalDate;
import java.util.List;
import org.reskontro.shared.Money;

/** Open amounts by how far past due they are, per currency, as of one day in the creditor's time zone. */
public record AgingReport(LocalDate asOf, List<Row> rows) {

    public enum Bucket {
        NOT_DUE("not due"), DAYS_1_30("1–30"), DAYS_31_60("31–60"), DAYS_61_90("61–90"), OVER_90("90+");

        private final String label;

        Bucket(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Bucket of(long daysOverdue) {
            if (daysOverdue <= 0) {
                return NOT_DUE;
            }
            if (daysOverdue <= 30) {
                return DAYS_1_30;
            }
            if (daysOverdue <= 60) {
                return DAYS_31_60;
            }
            return daysOverdue <= 90 ? DAYS_61_90 : OVER_90;
        }
    }

    /** One currency: the amount and item count of each bucket, in {@link Bucket} order. */
    public record Row(String currency, List<Money> amounts, List<Integer> counts, Money total) {
    }
}
