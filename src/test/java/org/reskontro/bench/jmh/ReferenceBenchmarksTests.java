package org.reskontro.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the JMH set-up honest without running JMH in the suite: the annotation processor ran in test-compile
 * (BenchmarkList names the benchmarks), and each benchmark computes something valid when called once by hand.
 */
class ReferenceBenchmarksTests {

    @Test
    void theAnnotationProcessorListedTheBenchmarks() throws IOException {
        try (InputStream list = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertThat(list).as("META-INF/BenchmarkList in target/test-classes").isNotNull();
            String benchmarks = new String(list.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(benchmarks).contains(ReferenceBenchmarks.class.getName(),
                    "jmh_generated.ReferenceBenchmarks_generate_jmhTest", "jmh_generated.ReferenceBenchmarks_validate_jmhTest");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kid-mod10", "kid-mod11", "fik71", "fik75", "se-ocr", "se-ocr-check-digit", "fi-ref", "rf"})
    void eachBenchmarkWorksOnItsInputs(String scheme) {
        ReferenceBenchmarks benchmark = new ReferenceBenchmarks();
        benchmark.scheme = scheme;
        benchmark.inputs();

        assertThat(benchmark.chosen.isValid(benchmark.generate())).isTrue();
        assertThat(benchmark.validate().valid()).isTrue();
        assertThat(benchmark.payloads).doesNotHaveDuplicates();
    }
}
