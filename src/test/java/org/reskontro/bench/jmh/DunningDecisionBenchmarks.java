package org.reskontro.bench.jmh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reskontro.dunning.domain.BusinessCalendar;
import org.reskontro.dunning.domain.ClaimSnapshot;
import org.reskontro.dunning.domain.DebtorStanding;
import org.reskontro.dunning.domain.DunningEvaluator;
import org.reskontro.dunning.domain.DunningPolicy;
import org.reskontro.dunning.domain.IssuedStep;
import org.reskontro.dunning.domain.NextAction;
import org.reskontro.dunning.domain.StandardPolicies;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/**
 * The pure dunning decision on one thread (issue 5's target: at least 500,000 invoices a second on one core): a
 * seeded mix of invoices not yet due, overdue without and with earlier steps, paid and below the minimum, each
 * evaluated against the Norwegian standard policy on one day.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class DunningDecisionBenchmarks {

    private static final int INPUTS = 4096;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    DunningPolicy policy;
    BusinessCalendar calendar;
    ClaimSnapshot[] claims;
    private int next;

    @Setup
    public void inputs() {
        policy = StandardPolicies.forCountry(CountryCode.NO, UUID.randomUUID());
        calendar = new BusinessCalendar(CountryCode.NO);
        Random random = new Random(5L);
        claims = new ClaimSnapshot[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            LocalDate due = TODAY.minusDays(random.nextInt(90) - 20);
            List<IssuedStep> issued = new ArrayList<>();
            if (due.isBefore(TODAY.minusDays(20)) && random.nextBoolean()) {
                issued.add(new IssuedStep(0, policy.step(0).type(), due.plusDays(5), due.plusDays(12)));
            }
            if (due.isBefore(TODAY.minusDays(40)) && random.nextBoolean()) {
                issued.add(new IssuedStep(1, policy.step(1).type(), due.plusDays(14), due.plusDays(28)));
            }
            String open = switch (random.nextInt(10)) {
                case 0 -> "0.00";
                case 1 -> "20.00";
                default -> BigDecimal.valueOf(5_000 + random.nextInt(2_000_000), 2).toPlainString();
            };
            claims[i] = new ClaimSnapshot(UUID.randomUUID(), "d" + (i % 300), false, due, Money.of(open, "NOK"), issued,
                    DebtorStanding.FOLLOWED_UP, false, null, null);
        }
    }

    @Benchmark
    public NextAction decide() {
        return DunningEvaluator.nextAction(policy, claims[next++ & (INPUTS - 1)], TODAY, calendar);
    }
}
