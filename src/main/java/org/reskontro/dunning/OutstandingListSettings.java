package org.reskontro.dunning;

import java.time.DayOfWeek;
import java.util.Set;

/** Where the creditor's outstanding list goes (S-DOC-3) and on which weekdays (at least one). */
public record OutstandingListSettings(String email, Set<DayOfWeek> weekdays) {

    public OutstandingListSettings {
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("The outstanding list needs an e-mail address like name@example.com");
        }
        if (weekdays == null || weekdays.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one weekday for the outstanding list");
        }
        weekdays = Set.copyOf(weekdays);
    }
}
