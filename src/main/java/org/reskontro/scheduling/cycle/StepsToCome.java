package org.reskontro.scheduling.cycle;

import org.reskontro.scheduling.CycleId;
import org.reskontro.scheduling.StepKind;
import org.reskontro.shared.CreditorId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Steps whose module does not exist yet: recorded as skipped with the issue that brings them, so a cycle's history
 * always lists every step in the seeds' order. The issue replaces its bean here with the real step.
 */
@Configuration(proxyBeanMethods = false)
class StepsToCome {

    @Bean
    CycleStep feePosting() {
        return new NotYet(StepKind.FEE_POSTING, "Fee posting arrives with issue 4");
    }

    @Bean
    CycleStep paymentMonitoring() {
        return new NotYet(StepKind.PAYMENT_MONITORING, "Payment monitoring arrives with issue 6");
    }

    record NotYet(StepKind kind, String reason) implements CycleStep {
        @Override
        public StepOutcome run(CreditorId creditor, CycleId cycle) {
            return StepOutcome.skipped(reason);
        }
    }
}
