package org.reskontro.charges;

import java.time.LocalDate;

/** A letter sent (or to be sent) to the debtor about one claim. */
public record Letter(LetterType type, LocalDate sent) {
}
