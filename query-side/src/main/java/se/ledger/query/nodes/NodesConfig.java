package se.ledger.query.nodes;

import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import se.ledger.query.ProjectionProperties;

/** Several query-side nodes on one database: see {@link SegmentBalance}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BalanceProperties.class)
@ConditionalOnProperty(prefix = "ledger.projection.balance", name = "enabled", matchIfMissing = true)
class NodesConfig {

    @Bean
    static NodeConnectionName nodeConnectionName() {
        return new NodeConnectionName();
    }

    @Bean
    SegmentBalance segmentBalance(EventProcessingConfiguration processing, JdbcClient jdbc, TaskScheduler scheduler,
            BalanceProperties properties, ProjectionProperties projection) {
        return new SegmentBalance(processing, jdbc, scheduler, properties, projection);
    }
}
