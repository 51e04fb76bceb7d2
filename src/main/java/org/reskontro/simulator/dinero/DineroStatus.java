package org.reskontro.simulator.dinero;

import java.util.Locale;
import java.util.Optional;

/** A sales voucher's status as Dinero spells it on the wire. */
public enum DineroStatus {
    DRAFT("Draft"), OVERDUE("Overdue"), BOOKED("Booked"), OVERPAID("OverPaid"), PAID("Paid");

    private final String wireName;

    DineroStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Case-insensitive, as Dinero's {@code statusFilter} is. */
    public static Optional<DineroStatus> parse(String text) {
        for (DineroStatus status : values()) {
            if (status.wireName.toLowerCase(Locale.ROOT).equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
