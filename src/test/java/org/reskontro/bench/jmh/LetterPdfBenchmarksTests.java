package org.reskontro.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The letter benchmark is listed for JMH and makes real one-page letters (JMH itself is not run here). */
class LetterPdfBenchmarksTests {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void eachCallMakesAOnePageLetter(boolean logo) throws IOException {
        try (InputStream list = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertThat(new String(list.readAllBytes(), StandardCharsets.UTF_8))
                    .contains(LetterPdfBenchmarks.class.getName());
        }
        LetterPdfBenchmarks benchmark = new LetterPdfBenchmarks();
        benchmark.logo = logo;
        benchmark.letters();
        for (int i = 0; i < 10; i++) {
            try (PDDocument pdf = Loader.loadPDF(benchmark.letter())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                assertThat(pdf.getPage(0).getResources().getXObjectNames()).hasSize(logo ? 1 : 0);
            }
        }
    }
}
