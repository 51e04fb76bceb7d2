package org.reskontro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reskontro.notification.Channel;
import org.reskontro.notification.Fallback;
import org.reskontro.notification.NoticeStatus;
import org.reskontro.notification.Recipient;

/** A notice's delivery state: attempts, the retry schedule, giving up, bounces and printing. */
class NoticeStateTests {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(5, Duration.ofMinutes(5));
    private static final Recipient BOTH = new Recipient("D", "d@e.dk", List.of("Vej 1"), null);

    @Test
    void anEmailWaitsForItsFirstAttemptWithALeaseAsItsSafetyNet() {
        NoticeState state = NoticeState.initial(ChannelChoice.of(Channel.EMAIL, BOTH), T, Duration.ofMinutes(10));

        assertThat(state.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(state.awaitsSending()).isTrue();
        assertThat(state.nextAttemptAt()).isEqualTo(T.plus(Duration.ofMinutes(10)));
        assertThat(state.sent().status()).isEqualTo(NoticeStatus.SENT);
        assertThat(state.sent().attempts()).isEqualTo(1);
        assertThat(state.sent().awaitsSending()).isFalse();
    }

    @Test
    void failuresAreRetriedAfterDoublingDelaysAndTheLastOneBecomesALetter() {
        NoticeState state = NoticeState.initial(ChannelChoice.of(Channel.EMAIL, BOTH), T, Duration.ofMinutes(10));
        List<Duration> waits = new java.util.ArrayList<>();
        for (int attempt = 1; attempt <= 4; attempt++) {
            state = state.failed("refused", T, SCHEDULE, true);
            waits.add(Duration.between(T, state.nextAttemptAt()));
            assertThat(state.status()).isEqualTo(NoticeStatus.FAILED);
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20),
                Duration.ofMinutes(40));

        NoticeState gaveUp = state.failed("refused", T, SCHEDULE, true);

        assertThat(gaveUp.attempts()).isEqualTo(5);
        assertThat(gaveUp.nextAttemptAt()).isNull();
        assertThat(gaveUp.channel()).isEqualTo(Channel.LETTER);
        assertThat(gaveUp.status()).isEqualTo(NoticeStatus.PRINT_QUEUED);
        assertThat(gaveUp.email()).isEqualTo(NoticeStatus.FAILED);
        assertThat(gaveUp.fallback()).isEqualTo(Fallback.EMAIL_FAILED);
        assertThat(gaveUp.failure()).isEqualTo("refused");
        NoticeState nowhere = state.failed("refused", T, SCHEDULE, false);
        assertThat(nowhere.status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(nowhere.awaitsSending()).isFalse();
    }

    @Test
    void theDelayIsCappedAtSixHours() {
        RetrySchedule patient = new RetrySchedule(20, Duration.ofHours(1));
        assertThat(patient.nextAttempt(T, 12)).isEqualTo(T.plus(Duration.ofHours(6)));
        assertThatThrownBy(() -> new RetrySchedule(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBounceQueuesALetterOnceAndKeepsTheBounceVisible() {
        NoticeState sent = NoticeState.initial(ChannelChoice.of(Channel.EMAIL, BOTH), T, Duration.ofMinutes(10)).sent();

        NoticeState bounced = sent.bounced("550 unknown user", true);

        assertThat(bounced.status()).isEqualTo(NoticeStatus.BOUNCED);
        assertThat(bounced.channel()).isEqualTo(Channel.EMAIL_AND_LETTER);
        assertThat(bounced.letter()).isEqualTo(NoticeStatus.PRINT_QUEUED);
        assertThat(bounced.fallbackReason()).contains("550 unknown user");
        assertThat(bounced.printed().status()).isEqualTo(NoticeStatus.BOUNCED);
        assertThat(bounced.printed().letter()).isEqualTo(NoticeStatus.PRINTED);
        assertThat(sent.bounced("x", false).letter()).isNull();
    }

    @Test
    void onlyAQueuedLetterCanBePrinted() {
        NoticeState letter = NoticeState.initial(ChannelChoice.of(Channel.LETTER, BOTH), T, Duration.ofMinutes(10));
        assertThat(letter.status()).isEqualTo(NoticeStatus.PRINT_QUEUED);
        assertThat(letter.printed().status()).isEqualTo(NoticeStatus.PRINTED);
        assertThatThrownBy(() -> letter.printed().printed()).isInstanceOf(IllegalStateException.class);
    }
}
