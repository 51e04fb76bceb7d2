package org.reskontro.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.reskontro.notification.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Failed e-mails are tried again once their next attempt is due (ADR 13). A recurring task, so one node at a time
 * runs it; each e-mail is also claimed row by row, so even overlapping runs send it once.
 */
@Configuration(proxyBeanMethods = false)
class NotificationTaskConfiguration {

    /** Off with {@code reskontro.notification.retry=false}: tests move the clock and retry by hand. */
    @Bean
    @ConditionalOnBooleanProperty(name = "reskontro.notification.retry", matchIfMissing = true)
    RecurringTask<Void> notificationRetryTask(Notifications notifications, Clock clock,
            @Value("${reskontro.notification.retry-interval:PT1M}") Duration interval) {
        return Tasks.recurring("notification-retry", FixedDelay.of(interval))
                .execute((instance, context) -> notifications.retryFailed(clock.instant()));
    }
}
