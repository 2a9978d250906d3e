package se.ledger.platform.events;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * The event store on PostgreSQL's event table, as Axon's auto-configuration builds it, but woken
 * by appends: in this process after each commit, from other nodes by PostgreSQL NOTIFY. Axon
 * builds its JDBC storage engine only when no event store is defined, so it is defined here too,
 * exactly as Axon's JdbcAutoConfiguration does.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@Profile("!axonserver")
@EnableConfigurationProperties(EventsProperties.class)
public class EventStoreWakeConfig {

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer, Configuration configuration,
            ConnectionProvider connectionProvider, TransactionManager transactionManager) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .build();
    }

    /** Named as Axon's own, whose place it takes ({@code @ConditionalOnMissingBean(EventBus)}). */
    @Bean
    @Qualifier("eventStore")
    public WakingEventStore eventBus(EventStorageEngine storageEngine, Configuration configuration,
            EventsProperties properties) {
        return new WakingEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.fetchDelayMillis()));
    }

    @Bean
    @ConditionalOnProperty(name = "ledger.events.notify-nodes", havingValue = "true", matchIfMissing = true)
    public AppendNotifications appendNotifications(WakingEventStore store, DataSource dataSource,
            EventsProperties properties) {
        return new AppendNotifications(store, dataSource, properties);
    }
}
