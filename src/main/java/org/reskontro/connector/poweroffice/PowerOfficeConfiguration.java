package org.reskontro.connector.poweroffice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PowerOfficeSettings.class)
class PowerOfficeConfiguration {
}
