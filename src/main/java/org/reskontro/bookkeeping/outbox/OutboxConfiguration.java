package org.reskontro.bookkeeping.outbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    /** No crashes in production; crash tests supply their own. */
    @Bean
    @ConditionalOnMissingBean
    CrashPoints crashPoints() {
        return CrashPoints.NONE;
    }
}
