package se.ledger.query;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.ledger.platform.Migrations;

@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionProperties.class)
@EnableScheduling
public class QuerySideConfig {

    public static final String PLAN_PROJECTION = "plan-projection";

    @Bean
    public Flyway queryFlyway(DataSource dataSource) {
        return Migrations.of(dataSource, "query", "query");
    }

    @Bean
    public FlywayMigrationInitializer queryMigration(Flyway queryFlyway) {
        return new FlywayMigrationInitializer(queryFlyway);
    }

    /** Axon's own token store, but with a node id that tells query-side nodes apart. */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
            ProjectionProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(new TokenSchema())
                .serializer(serializer)
                .nodeId(properties.nodeId())
                .build();
    }

    /**
     * A pooled streaming processor: segments claimed through the token table, shared by query-side
     * nodes. Its commits wake the reads that wait for a position ({@link ProjectionCommits}).
     */
    @Autowired
    void projectionProcessor(EventProcessingConfigurer processing, ProjectionProperties properties,
            ProjectionCommits commits) {
        processing.registerPooledStreamingEventProcessor(PLAN_PROJECTION, Configuration::eventStore,
                        (config, builder) -> builder
                                .initialSegmentCount(properties.segments())
                                .maxClaimedSegments(properties.maxClaimedSegments())
                                .batchSize(properties.batchSize())
                                .tokenClaimInterval(properties.tokenClaimIntervalMillis())
                                .claimExtensionThreshold(properties.claimExtensionThresholdMillis()))
                .registerHandlerInterceptor(PLAN_PROJECTION, config -> commits);
    }
}
