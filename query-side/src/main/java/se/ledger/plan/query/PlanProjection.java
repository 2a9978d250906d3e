package se.ledger.plan.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
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

    PlanProjection(FactStore store, Generations generations, ObjectMapper json) {
        this.store = store;
        this.generations = generations;
        this.assertions = new Assertions(json);
    }

    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        var assertion = assertions.of(event, message.getIdentifier(), token.position().orElse(0),
                message.getTimestamp());
        for (int generation : generations.targets(QuerySideConfig.PLAN_PROJECTION, replay)) {
            store.apply(generation, assertion);
        }
    }
}
