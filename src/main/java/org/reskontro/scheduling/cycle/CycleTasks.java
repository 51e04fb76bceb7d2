package org.reskontro.scheduling.cycle;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.reskontro.scheduling.CycleId;
import org.reskontro.shared.CreditorId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cycle's db-scheduler tasks, and the change-feed poll between cycles. The dispatcher is a recurring task, so the cluster runs it on one node at a
 * time; each cycle is a one-time task, so it runs on one node and is revived elsewhere if that node dies.
 */
@Configuration(proxyBeanMethods = false)
class CycleTasks {

    @Bean
    OneTimeTask<String> creditorCycleTask(CycleRunner runner) {
        return Tasks.oneTime(CycleQueue.CYCLE).execute((instance, context) -> {
            String[] creditorAndCycle = instance.getData().split("/");
            runner.run(CreditorId.of(creditorAndCycle[0]), CycleId.of(creditorAndCycle[1]));
        });
    }

    /** Off with {@code reskontro.cycles.dispatch=false}: tests move the clock and dispatch by hand. */
    @Bean
    @ConditionalOnBooleanProperty(name = "reskontro.cycles.dispatch", matchIfMissing = true)
    RecurringTask<Void> cycleDispatchTask(CycleDispatcher dispatcher,
            @Value("${reskontro.cycles.dispatch-interval:PT1M}") Duration interval) {
        return Tasks.recurring("cycle-dispatch", FixedDelay.of(interval)).execute((instance, context) -> dispatcher.dispatch());
    }

    /** Off with {@code reskontro.sync.change-feed=false}. */
    @Bean
    @ConditionalOnBooleanProperty(name = "reskontro.sync.change-feed", matchIfMissing = true)
    RecurringTask<Void> changeFeedTask(ChangeFeedPoller poller,
            @Value("${reskontro.sync.change-feed-interval:PT1M}") Duration interval) {
        return Tasks.recurring("change-feed", FixedDelay.of(interval)).execute((instance, context) -> poller.poll());
    }

    /** Store and forward between cycles (S-SYNC-7); off with {@code reskontro.bookkeeping.forward=false}. */
    @Bean
    @ConditionalOnBooleanProperty(name = "reskontro.bookkeeping.forward", matchIfMissing = true)
    RecurringTask<Void> outboxForwardTask(OutboxForwarder forwarder,
            @Value("${reskontro.bookkeeping.forward-interval:PT1M}") Duration interval) {
        return Tasks.recurring("outbox-forward", FixedDelay.of(interval)).execute((instance, context) -> forwarder.forward());
    }
}
