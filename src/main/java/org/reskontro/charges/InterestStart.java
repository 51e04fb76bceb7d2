package org.reskontro.charges;

import java.time.LocalDate;

/**
 * When no due date was agreed: the day interest starts to run. It plays the due date's part in an interest
 * calculation (interest days count from the day after it).
 */
public record InterestStart(LocalDate from, Explanation explanation) {
}
