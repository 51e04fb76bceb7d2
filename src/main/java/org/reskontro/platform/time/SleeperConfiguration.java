package org.reskontro.platform.time;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SleeperConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Sleeper sleeper() {
        return Sleeper.REAL;
    }
}
