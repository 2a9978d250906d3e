package se.ledger.query.deadletter;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import se.ledger.query.QuerySideConfig;

/**
 * An event the projection cannot handle is parked in PostgreSQL, next to the projection and its
 * tokens and in the same transaction, and the projection goes on with the others. Later events
 * of the same entity (Axon's sequence: the aggregate) are parked behind it, so an entity is never
 * projected out of order.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:query-side-defaults.properties")
public class DeadLetterConfig {

    /** The table the query schema's migration V2 creates, with Axon's default column names. */
    static final DeadLetterSchema SCHEMA = DeadLetterSchema.builder().deadLetterTable("query.dead_letter_entry").build();

    @Autowired
    void deadLetterQueue(EventProcessingConfigurer processing, ConnectionProvider connections) {
        processing
                .registerDeadLetterQueue(QuerySideConfig.PLAN_PROJECTION,
                        config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(QuerySideConfig.PLAN_PROJECTION)
                                .connectionProvider(connections)
                                .transactionManager(config.getComponent(TransactionManager.class))
                                .schema(SCHEMA)
                                .genericSerializer(config.serializer())
                                .eventSerializer(config.eventSerializer())
                                .build())
                .registerDeadLetterPolicy(QuerySideConfig.PLAN_PROJECTION, config -> new CountingEnqueuePolicy())
                // a rebuild starts the projection over, so the letters of the old generation go with it
                .registerDeadLetteringEventHandlerInvokerConfiguration(QuerySideConfig.PLAN_PROJECTION,
                        (config, builder) -> builder.enableSequenceIdentifierCache().allowReset(true));
    }
}
