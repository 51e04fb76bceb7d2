package org.reskontro.bench.jmh;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reskontro.notification.NoticeRequest;
import org.reskontro.notification.TestNotices;
import org.reskontro.notification.render.LetterComposer;
import org.reskontro.notification.render.LetterPdf;
import org.reskontro.shared.CreditorId;

/**
 * Letter PDFs on one thread (issue 5's target: at least 100 a second per core): a dunning letter with three
 * invoices, fees, interest and its explanation, the payment box, worded from the message bundle and laid out by
 * OpenPDF, with or without a logo, cycling through the five languages.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class LetterPdfBenchmarks {

    @Param({"false", "true"})
    public boolean logo;

    LetterComposer composer;
    NoticeRequest[] requests;
    private int next;

    @Setup
    public void letters() {
        composer = new LetterComposer(TestNotices.messages());
        CreditorId creditor = CreditorId.of("00000000-0000-0000-0000-000000000001");
        byte[] png = logo ? TestNotices.logo() : null;
        requests = List.of("da", "nb", "sv", "fi", "en").stream()
                .map(language -> TestNotices.dunningLetter(creditor).language(Locale.forLanguageTag(language))
                        .sender(TestNotices.sender(png)).build())
                .toArray(NoticeRequest[]::new);
    }

    @Benchmark
    public byte[] letter() {
        NoticeRequest request = requests[next++ % requests.length];
        return LetterPdf.render(composer.compose(request));
    }
}
