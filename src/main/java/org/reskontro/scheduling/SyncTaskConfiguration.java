package org.reskontro.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.shared.CreditorId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job behind "Sync now"; db-scheduler finds task beans by type. */
@Configuration(proxyBeanMethods = false)
class SyncTaskConfiguration {

    @Bean
    OneTimeTask<String> ledgerSyncTask(Ledger ledger) {
        return Tasks.oneTime(SyncJobs.SYNC).execute((instance, context) ->
                ledger.runSync(CreditorId.of(instance.getData()), SyncRunId.of(instance.getId())));
    }
}
