package org.reskontro.charges.rules;

import java.math.BigDecimal;
import java.util.List;
import org.reskontro.charges.TariffRow;

/** Picks the band of a banded tariff item (rows ordered by band, each up to and including its bound). */
public final class Bands {

    private Bands() {
    }

    public static TariffRow bandFor(List<TariffRow> bands, BigDecimal size) {
        for (TariffRow band : bands) {
            if (band.bandUpTo() == null || size.compareTo(band.bandUpTo()) <= 0) {
                return band;
            }
        }
        throw new IllegalStateException(bands.getFirst().country() + " " + bands.getFirst().item()
                + " has no open top band for " + size.toPlainString());
    }
}
