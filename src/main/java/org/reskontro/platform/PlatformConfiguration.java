package org.reskontro.platform;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReskontroProperties.class)
class PlatformConfiguration {

    /** The only clock of the application; tests replace it with a movable one. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
