package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A draft credit note to add; amounts are positive, as on an invoice. Credit notes have no payment date. */
public record NewCreditNote(UUID contactGuid, LocalDate date, String currency, String description,
        List<DineroLine> lines) {

    public NewCreditNote {
        Objects.requireNonNull(contactGuid, "contactGuid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A credit note needs at least one line");
        }
    }

    /** A one-line DKK credit note at 25 % VAT. */
    public static NewCreditNote of(UUID contactGuid, LocalDate date, BigDecimal amountExclVat) {
        return new NewCreditNote(contactGuid, date, "DKK", "Kreditnota",
                List.of(DineroLine.of("Kreditering", amountExclVat)));
    }
}
