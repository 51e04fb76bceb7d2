package org.reskontro.connector.dinero;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DineroSettings.class)
class DineroConfiguration {
}
