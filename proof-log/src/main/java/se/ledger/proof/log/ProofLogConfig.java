package se.ledger.proof.log;

import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.ledger.platform.Migrations;

@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProofProperties.class)
@EnableScheduling
public class ProofLogConfig {

    /** Never reset by a rebuild: the leaves are the record, not a projection. */
    public static final String PROCESSOR = "proof-log";

    @Bean
    public Flyway proofFlyway(DataSource dataSource) {
        return Migrations.of(dataSource, "proof", "proof");
    }

    @Bean
    public FlywayMigrationInitializer proofMigration(Flyway proofFlyway) {
        return new FlywayMigrationInitializer(proofFlyway);
    }

    /**
     * One segment: the leaf order is the order this one reader saw the commits in. A pooled
     * processor, because after a failure (the database gone for a while) it claims its segment
     * again within a second, where a tracking processor backs off for up to a minute.
     */
    @Autowired
    void logProcessor(EventProcessingConfigurer processing, ProofProperties properties) {
        processing.registerPooledStreamingEventProcessor(PROCESSOR, Configuration::eventStore,
                (config, builder) -> builder
                        .initialSegmentCount(1)
                        .maxClaimedSegments(1)
                        .batchSize(properties.batchSize())
                        .tokenClaimInterval(1000));
    }
}
