package se.ledger.query.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;
import se.ledger.platform.NotFound;
import se.ledger.query.QuerySideConfig;

/** The projection's dead letters: what failed and why, and handling them again. */
@Component
public class DeadLetters {

    /**
     * One parked event. A letter without a cause waits behind an earlier letter of its sequence
     * (the same entity) and was never tried.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Letter(String id, String processingGroup, String sequenceIdentifier, long sequenceIndex,
            String eventId, String eventType, String aggregateId, Long position, String causeType,
            String causeMessage, Instant enqueuedAt, Instant lastTouched, int attempts) {
    }

    /** What one retry of a sequence did; a sequence that fails again stays, with the new cause. */
    public record Retry(String sequenceIdentifier, boolean succeeded, long remainingInSequence) {
    }

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public long count() {
        return queue().size();
    }

    public List<Letter> list() {
        var letters = new ArrayList<Letter>();
        for (var sequence : queue().deadLetters()) {
            for (var letter : sequence) {
                letters.add(letter(letter));
            }
        }
        return letters;
    }

    /** Handles the sequence again from its first letter; named by its sequence id or any of its letters' ids. */
    public Retry retry(String sequenceOrLetterId) {
        String sequence = list().stream()
                .filter(l -> l.id().equals(sequenceOrLetterId) || l.sequenceIdentifier().equals(sequenceOrLetterId))
                .map(Letter::sequenceIdentifier).findFirst()
                .orElseThrow(() -> new NotFound("Den döda händelsen eller sekvensen", sequenceOrLetterId));
        boolean succeeded = processor().process(first -> sequence.equals(sequenceOf(first)));
        return new Retry(sequence, succeeded, queue().sequenceSize(sequence));
    }

    /** Every sequence once, in the order they were parked. */
    public List<Retry> retryAll() {
        var sequences = new LinkedHashSet<String>();
        list().forEach(l -> sequences.add(l.sequenceIdentifier()));
        var retries = new ArrayList<Retry>();
        for (String sequence : sequences) {
            boolean succeeded = processor().process(first -> sequence.equals(sequenceOf(first)));
            retries.add(new Retry(sequence, succeeded, queue().sequenceSize(sequence)));
        }
        return retries;
    }

    private static String sequenceOf(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIdentifier() : null;
    }

    private static Letter letter(DeadLetter<? extends EventMessage<?>> letter) {
        var jdbc = (JdbcDeadLetter<?>) letter;
        EventMessage<?> message = letter.message();
        String aggregate = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long position = message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        Cause cause = letter.cause().orElse(null);
        return new Letter(jdbc.getIdentifier(), QuerySideConfig.PLAN_PROJECTION, jdbc.getSequenceIdentifier(),
                jdbc.getSequenceIndex(), message.getIdentifier(), message.getPayloadType().getSimpleName(), aggregate,
                position, cause == null ? null : cause.type(), cause == null ? null : cause.message(),
                letter.enqueuedAt(), letter.lastTouched(), CountingEnqueuePolicy.attempts(letter));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue() {
        return processing.deadLetterQueue(QuerySideConfig.PLAN_PROJECTION)
                .orElseThrow(() -> new IllegalStateException("No dead-letter queue for " + QuerySideConfig.PLAN_PROJECTION));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor() {
        return processing.sequencedDeadLetterProcessor(QuerySideConfig.PLAN_PROJECTION)
                .orElseThrow(() -> new IllegalStateException("No dead-letter processor for " + QuerySideConfig.PLAN_PROJECTION));
    }
}
