package org.reskontro.scheduling.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slots of the seeds' default schedule (06:00, 12:00, 18:00) and others, in Copenhagen, across DST and downtime. */
class CycleTimesTests {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    static final CycleTimes DEFAULT = times("06:00", "12:00", "18:00");

    @Test
    void threeSlotsADayAtTheLocalTimesInWinter() {
        assertThat(DEFAULT.between(at("2026-11-19T23:00:00Z"), at("2026-11-20T23:00:00Z"))).containsExactly(
                at("2026-11-20T05:00:00Z"), at("2026-11-20T11:00:00Z"), at("2026-11-20T17:00:00Z"));
    }

    @Test
    void aSlotIsDueFromItsInstantOnAndOnlyOnce() {
        Instant six = at("2026-11-21T05:00:00Z");
        assertThat(DEFAULT.between(six.minusSeconds(60), six.minusNanos(1))).isEmpty();
        assertThat(DEFAULT.between(six.minusSeconds(60), six)).containsExactly(six);
        assertThat(DEFAULT.between(six, six.plusSeconds(60))).as("the next dispatch looks after it").isEmpty();
    }

    @Test
    void onTheSpringForwardDaySixOClockIsAnHourEarlierInUtcAndTheGapTimeRunsAfterTheJump() {
        // 2026-03-29: at 02:00 CET the clocks jump to 03:00 CEST.
        assertThat(DEFAULT.between(at("2026-03-28T00:00:00Z"), at("2026-03-29T12:00:00Z"))).containsExactly(
                at("2026-03-28T05:00:00Z"), at("2026-03-28T11:00:00Z"), at("2026-03-28T17:00:00Z"),
                at("2026-03-29T04:00:00Z"), at("2026-03-29T10:00:00Z"));
        CycleTimes inTheGap = times("02:30", "03:30");
        assertThat(inTheGap.between(at("2026-03-28T12:00:00Z"), at("2026-03-29T12:00:00Z")))
                .as("02:30 does not exist that day: it runs at 03:30 CEST, together with 03:30, once")
                .containsExactly(at("2026-03-29T01:30:00Z"));
    }

    @Test
    void onTheFallBackDayATimeThatOccursTwiceRunsOnceAndSixOClockIsAnHourLaterInUtc() {
        // 2026-10-25: at 03:00 CEST the clocks go back to 02:00 CET, so 02:30 happens twice.
        CycleTimes twice = times("02:30", "06:00");
        assertThat(twice.between(at("2026-10-24T12:00:00Z"), at("2026-10-25T12:00:00Z"))).containsExactly(
                at("2026-10-25T00:30:00Z"), at("2026-10-25T05:00:00Z"));
        List<Instant> sixes = times("06:00").between(at("2026-10-23T12:00:00Z"), at("2026-10-26T12:00:00Z"));
        assertThat(sixes).containsExactly(at("2026-10-24T04:00:00Z"), at("2026-10-25T05:00:00Z"), at("2026-10-26T05:00:00Z"));
        assertThat(Duration.between(sixes.get(0), sixes.get(1))).as("the night has 25 hours").isEqualTo(Duration.ofHours(25));
        assertThat(Duration.between(sixes.get(1), sixes.get(2))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void midnightBelongsToTheDayItStarts() {
        CycleTimes midnight = times("00:00");
        assertThat(midnight.between(at("2026-11-20T22:59:00Z"), at("2026-11-20T23:00:00Z")))
                .containsExactly(at("2026-11-20T23:00:00Z"));
        assertThat(midnight.next(at("2026-11-20T23:00:00Z"))).isEqualTo(at("2026-11-21T23:00:00Z"));
        assertThat(times("23:59", "00:00").between(at("2026-11-20T22:00:00Z"), at("2026-11-20T23:30:00Z")))
                .containsExactly(at("2026-11-20T22:59:00Z"), at("2026-11-20T23:00:00Z"));
    }

    @Test
    void severalTimesADayInAnyOrderGiveTheNextOneAfterNow() {
        CycleTimes many = times("18:00", "06:00", "09:15", "12:00", "23:45");
        assertThat(many.next(at("2026-11-20T08:00:00Z"))).as("09:00 Copenhagen").isEqualTo(at("2026-11-20T08:15:00Z"));
        assertThat(many.next(at("2026-11-20T22:45:00Z"))).as("exactly 23:45 has passed").isEqualTo(at("2026-11-21T05:00:00Z"));
        assertThat(many.between(at("2026-11-20T00:00:00Z"), at("2026-11-21T00:00:00Z"))).hasSize(5).isSorted();
    }

    @Test
    void afterDowntimeOnlyTheLatestMissedSlotIsDueAndTheOthersAreCounted() {
        // Down from Friday 11:00 until Saturday 13:00 Copenhagen: Friday 12:00 and 18:00 and Saturday 06:00 passed too.
        CycleTimes.DueSlot due = DEFAULT.latestDue(at("2026-11-20T10:00:00Z"), at("2026-11-21T12:00:00Z")).orElseThrow();
        assertThat(due.slot()).isEqualTo(at("2026-11-21T11:00:00Z"));
        assertThat(due.missed()).isEqualTo(3);
        assertThat(due.missedFrom()).isEqualTo(at("2026-11-20T11:00:00Z"));

        CycleTimes.DueSlot onTime = DEFAULT.latestDue(at("2026-11-21T10:59:00Z"), at("2026-11-21T11:00:30Z")).orElseThrow();
        assertThat(onTime.missed()).isZero();
        assertThat(onTime.missedFrom()).isNull();
        assertThat(DEFAULT.latestDue(at("2026-11-21T11:00:30Z"), at("2026-11-21T11:01:30Z"))).isEmpty();
    }

    private static CycleTimes times(String... times) {
        return new CycleTimes(java.util.Arrays.stream(times).map(LocalTime::parse).toList(), COPENHAGEN);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
