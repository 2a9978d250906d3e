package se.ledger.query.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import se.ledger.plan.query.StorableText;

/**
 * Every failure of the event itself is dead-lettered, never dropped: with the innermost cause (the
 * database's own words rather than Spring's wrapper around them), and how often handling was tried.
 * A {@link TransientFailure} is thrown on instead: Axon's invoker calls this policy outside its own
 * catch, so the exception ends the processor's batch, which rolls back and is handled again.
 */
class CountingEnqueuePolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";

    private static final Logger log = LoggerFactory.getLogger(CountingEnqueuePolicy.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        // a letter already parked (an administrator's retry) stays parked whatever the failure
        if (!(letter instanceof JdbcDeadLetter) && TransientFailure.is(cause)) {
            // not Decisions.doNotEnqueue(): that would skip the event for good
            log.info("Event {} ({}) not handled for a passing database failure; the batch is retried: {}",
                    letter.message().getIdentifier(), letter.message().getPayloadType().getSimpleName(),
                    NestedExceptionUtils.getMostSpecificCause(cause).toString());
            throw new TransientProjectionFailure(cause);
        }
        Throwable innermost = NestedExceptionUtils.getMostSpecificCause(cause);
        log.warn("Event {} ({}) dead-lettered after {} attempt(s); see /api/admin/dead-letters: {}",
                letter.message().getIdentifier(), letter.message().getPayloadType().getSimpleName(),
                attempts(letter) + 1, innermost.toString());
        var truncated = ThrowableCause.truncated(innermost);
        // the message may quote the event's own text, NUL included, and must not fail the enqueue
        var storable = new ThrowableCause(truncated.type(), StorableText.of(truncated.message()));
        return Decisions.enqueue(storable,
                failed -> failed.diagnostics().and(ATTEMPTS, attempts(failed) + 1));
    }

    /** Unchecked, as {@code decide} declares nothing; the original failure is its cause. */
    static final class TransientProjectionFailure extends RuntimeException {
        TransientProjectionFailure(Throwable cause) {
            super("Passing database failure while projecting: " + cause, cause);
        }
    }

    static int attempts(DeadLetter<?> letter) {
        return letter.diagnostics().get(ATTEMPTS) instanceof Number n ? n.intValue() : 0;
    }
}
