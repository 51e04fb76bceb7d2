package org.reskontro.simulator.dinero;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeLogTests {

    private static final Instant T = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aRangeHoldsTheVouchersChangedFromItsStartToBeforeItsEndEachOnceInTheOrderOfTheirFirstChange() {
        ChangeLog log = new ChangeLog();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        log.add(T, a);
        log.add(T.plusNanos(1), b);
        log.add(T.minusSeconds(60), c); // a clock set back: order of changes is not order of time
        log.add(T.plusSeconds(5), a);
        log.add(T.plusSeconds(10), c);

        assertThat(log.changed(T, T.plusSeconds(10))).containsExactly(a, b);
        assertThat(log.changed(T.plusNanos(1), Instant.MAX)).containsExactly(b, a, c);
        assertThat(log.changed(Instant.MIN, T)).containsExactly(c);
        assertThat(log.changed(T.plusSeconds(11), Instant.MAX)).isEmpty();
    }

    @Test
    void growsPastItsFirstArrays() {
        ChangeLog log = new ChangeLog();
        for (int i = 0; i < 5_000; i++) {
            log.add(T.plusSeconds(i), new UUID(0, i));
        }
        assertThat(log.changed(T.plusSeconds(4_990), Instant.MAX)).hasSize(10).first().isEqualTo(new UUID(0, 4_990));
    }
}
