package se.ledger.command;

import javax.sql.DataSource;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ledger.platform.Migrations;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SnapshotProperties.class, WriteProperties.class})
public class CommandSideConfig {

    public static final String SNAPSHOT_TRIGGER = "ledgerSnapshotTrigger";
    public static final String AGGREGATE_CACHE = "ledgerAggregateCache";

    @Bean
    public Flyway commandFlyway(DataSource dataSource) {
        return Migrations.of(dataSource, "command", "command");
    }

    /** The directory must be written in the same transaction as the events it is built from. */
    @Autowired
    void directoryInTheWritersTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(JdbcDirectory.PROCESSING_GROUP);
    }

    @Bean
    public FlywayMigrationInitializer commandMigration(Flyway commandFlyway) {
        return new FlywayMigrationInitializer(commandFlyway);
    }

    /** Every aggregate names this trigger, so write latency does not grow with an entity's history. */
    @Bean(SNAPSHOT_TRIGGER)
    public SnapshotTriggerDefinition ledgerSnapshotTrigger(Snapshotter snapshotter, SnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.threshold());
    }

    /** An import's commands append their events in one batch ({@link BatchedAppends}). */
    @Bean
    static BeanPostProcessor batchingEventStorage(ObjectProvider<BatchedAppends> batches) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof EventStorageEngine storage && !(bean instanceof BatchingStorageEngine)
                        ? batches.getObject().wrap(storage) : bean;
            }
        };
    }

    /** Every aggregate names this cache, so a write loads nothing when the entity is in memory and current. */
    @Bean(AGGREGATE_CACHE)
    public Cache ledgerAggregateCache(ObjectProvider<EventStore> events, WriteProperties properties,
            BatchedAppends batches) {
        if (properties.aggregateCacheSize() == 0) {
            return NoCache.INSTANCE;
        }
        return new AggregateCache(properties.aggregateCacheSize(),
                id -> events.getObject().lastSequenceNumberFor(id).orElse(null), batches);
    }
}
