package se.ledger.imports.kolada;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KoladaProperties.class)
@EnableScheduling
class KoladaConfig {
}
