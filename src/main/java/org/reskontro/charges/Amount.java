package org.reskontro.charges;

import org.reskontro.shared.Money;

/** A single allowed amount (a compensation, a cap) and its explanation. */
public record Amount(Money amount, Explanation explanation) {
}
