package org.reskontro.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The interest benchmark is listed for JMH and computes real interest on its inputs (JMH itself is not run here). */
class InterestBenchmarksTests {

    @ParameterizedTest
    @ValueSource(strings = {"DK", "NO", "SE", "FI"})
    void eachCountryComputesInterestOnItsInputs(String country) throws IOException {
        try (InputStream list = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertThat(new String(list.readAllBytes(), StandardCharsets.UTF_8)).contains(InterestBenchmarks.class.getName());
        }
        InterestBenchmarks benchmark = new InterestBenchmarks();
        benchmark.country = country;
        benchmark.inputs();
        for (int i = 0; i < 2_048; i++) {
            assertThat(benchmark.interest().amount().isPositive()).isTrue();
        }
    }
}
