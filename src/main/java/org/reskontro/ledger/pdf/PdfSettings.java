package org.reskontro.ledger.pdf;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reskontro.ledger.pdf.*}. Zero or absent values take the defaults: at most 500 documents and 15 minutes
 * per transfer (at Dinero's 100 requests a minute, 500 PDFs take about five), and a stop after 10 documents
 * failing in a row, which says the system is down rather than one document being broken.
 */
@ConfigurationProperties("reskontro.ledger.pdf")
public record PdfSettings(int maxPerRun, Duration maxDuration, int maxFailuresInARow) {

    public PdfSettings {
        maxPerRun = maxPerRun == 0 ? 500 : maxPerRun;
        maxDuration = maxDuration == null || maxDuration.isZero() ? Duration.ofMinutes(15) : maxDuration;
        maxFailuresInARow = maxFailuresInARow == 0 ? 10 : maxFailuresInARow;
        if (maxPerRun < 1 || maxFailuresInARow < 1 || maxDuration.isNegative()) {
            throw new IllegalArgumentException("PDF transfer limits must be positive");
        }
    }

    public static PdfSettings defaults() {
        return new PdfSettings(0, null, 0);
    }
}
