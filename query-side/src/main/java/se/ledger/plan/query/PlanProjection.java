package se.ledger.plan.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.events.LedgerEvent;
import se.ledger.query.Generations;
import se.ledger.query.QuerySideConfig;

/** Projects every ledger event into the event log and the bitemporal facts of its plan. */
@Component
@ProcessingGroup(QuerySideConfig.PLAN_PROJECTION)
class PlanProjection {

    private final FactStore store;
    private final Generations generations;
    private final Assertions assertions;
    private final TransactionTemplate savepoint;

    PlanProjection(FactStore store, Generations generations, ObjectMapper json, PlatformTransactionManager transactions) {
        this.store = store;
        this.generations = generations;
        this.assertions = new Assertions(json);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * One event, inside a savepoint of the batch's transaction: when it fails, PostgreSQL would
     * otherwise refuse every later statement of the batch, dead-lettering the failed event included.
     */
    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        var assertion = assertions.of(event, message.getIdentifier(), token.position().orElse(0),
                message.getTimestamp());
        savepoint.executeWithoutResult(tx -> {
            for (int generation : generations.targets(QuerySideConfig.PLAN_PROJECTION, replay)) {
                store.apply(generation, assertion);
            }
        });
    }
}
