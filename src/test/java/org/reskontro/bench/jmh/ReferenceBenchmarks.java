package org.reskontro.bench.jmh;

import java.util.Random;
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
import org.reskontro.charges.reference.HyphenCheckDigit;
import org.reskontro.charges.reference.ReferenceScheme;
import org.reskontro.charges.reference.ReferenceValidation;

/**
 * Generating and validating payment references, per scheme, on one thread: operations per second per core. The
 * payloads are invoice-number-like (10 digits; RF 12 letters and digits; FIK zero-padded), seeded, and cycled, so
 * neither the JIT nor a cache sees one constant input.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class ReferenceBenchmarks {

    private static final int INPUTS = 1024;

    @Param({"kid-mod10", "kid-mod11", "fik71", "fik75", "se-ocr", "se-ocr-check-digit", "fi-ref", "rf"})
    public String scheme;

    ReferenceScheme chosen;
    String[] payloads;
    String[] references;
    private int next;

    @Setup
    public void inputs() {
        chosen = ReferenceScheme.byApiName(scheme);
        Random random = new Random(4L);
        String alphabet = chosen == ReferenceScheme.RF ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789";
        int length = chosen == ReferenceScheme.RF ? 12 : 10;
        payloads = new String[INPUTS];
        references = new String[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            StringBuilder payload = new StringBuilder(length).append(1 + random.nextInt(9));
            while (payload.length() < length) {
                payload.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            payloads[i] = payload.toString();
            references[i] = chosen.generate(payloads[i], HyphenCheckDigit.ALLOW);
        }
    }

    @Benchmark
    public String generate() {
        return chosen.generate(payloads[next++ & (INPUTS - 1)], HyphenCheckDigit.ALLOW);
    }

    @Benchmark
    public ReferenceValidation validate() {
        return chosen.validate(references[next++ & (INPUTS - 1)]);
    }
}
