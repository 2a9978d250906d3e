package se.ledger.plan.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.events.LedgerEvent;
import se.ledger.query.Generations;
import se.ledger.query.QuerySideConfig;

/**
 * Projects every ledger event into the event log and the bitemporal facts of its plan. A
 * processor's batch is read and written as a whole ({@link ProjectionBatch}); when writing it
 * fails, the batch rolls back and its retry goes event by event, each in a savepoint, so the
 * event at fault is dead-lettered alone.
 */
@Component
@ProcessingGroup(QuerySideConfig.PLAN_PROJECTION)
class PlanProjection {

    private static final String BATCH = PlanProjection.class.getName() + ".batch";

    private final FactStore store;
    private final Generations generations;
    private final Assertions assertions;
    private final TransactionTemplate savepoint;
    /**
     * A batch this large is a replay or a catch-up, where reading and writing it whole pays; a
     * smaller one (live writes) goes event by event, so an event at fault is dead-lettered at once
     * instead of after the batch's rollback and its retry.
     */
    private final int wholeBatchFrom;
    /** Events of batches that failed to write: their retry goes one event at a time. */
    private final Set<String> oneByOne = ConcurrentHashMap.newKeySet();

    PlanProjection(FactStore store, Generations generations, ObjectMapper json, PlatformTransactionManager transactions,
            @Value("${ledger.projection.whole-batch-from:10}") int wholeBatchFrom) {
        this.wholeBatchFrom = wholeBatchFrom;
        this.store = store;
        this.generations = generations;
        this.assertions = new Assertions(json);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        var batch = CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> unit
                ? unit.getOrComputeResource(BATCH, k -> begin(unit)) : null;
        if (batch != null && batch.whole) {
            var assertion = batch.assertions.get(message.getIdentifier());
            if (assertion == null) {
                assertion = assertion(event, message, token);
            }
            for (int generation : batch.generations.targets(replay)) {
                store.apply(batch.state, generation, assertion);
            }
            return;
        }
        var assertion = assertion(event, message, token);
        // one event in a savepoint of the batch's transaction: when it fails, PostgreSQL would
        // otherwise refuse every later statement of the batch, dead-lettering the failed event included
        savepoint.executeWithoutResult(tx -> {
            var state = new ProjectionBatch();
            var targets = generations.forProjection(QuerySideConfig.PLAN_PROJECTION).targets(replay);
            store.prepare(state, targets, List.of(assertion));
            for (int generation : targets) {
                store.apply(state, generation, assertion);
            }
            store.flush(state);
        });
    }

    private Assertion assertion(LedgerEvent event, EventMessage<?> message, TrackingToken token) {
        return assertions.of(event, message.getIdentifier(), token.position().orElse(0), message.getTimestamp());
    }

    /** A batch's events as the processor hands them over, and what applying them needs from the database. */
    private static final class Batch {
        final boolean whole;
        final Generations.State generations;
        final LinkedHashMap<String, Assertion> assertions = new LinkedHashMap<>();
        final ProjectionBatch state = new ProjectionBatch();

        Batch(boolean whole, Generations.State generations) {
            this.whole = whole;
            this.generations = generations;
        }
    }

    private Batch begin(BatchingUnitOfWork<?> unit) {
        List<? extends Message<?>> messages = unit.getMessages();
        var ids = messages.stream().map(m -> m.getIdentifier()).toList();
        boolean whole = ids.size() >= wholeBatchFrom && ids.stream().noneMatch(oneByOne::contains);
        var batch = new Batch(whole, whole ? generations.forProjection(QuerySideConfig.PLAN_PROJECTION) : null);
        if (!whole) {
            unit.afterCommit(u -> oneByOne.removeAll(ids));
            return batch;
        }
        for (Message<?> message : messages) {
            if (message instanceof TrackedEventMessage<?> tracked && tracked.getPayload() instanceof LedgerEvent event) {
                try {
                    batch.assertions.put(message.getIdentifier(), assertion(event, tracked, tracked.trackingToken()));
                } catch (RuntimeException e) {
                    // the handler meets the same failure for this event alone, and it is dead-lettered
                }
            }
        }
        store.prepare(batch.state, batch.generations.all(), batch.assertions.values());
        unit.onPrepareCommit(u -> store.flush(batch.state));
        unit.onRollback(u -> oneByOne.addAll(ids));
        return batch;
    }
}
