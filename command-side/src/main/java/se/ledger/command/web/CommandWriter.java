package se.ledger.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.command.RuleViolation;
import se.ledger.platform.Actor;

/**
 * Sends a command and answers with what it stored. The idempotency record, the events and the
 * directory rows commit in one transaction, so a retry either finds the first answer or nothing.
 */
@Component
public class CommandWriter {

    private final CommandGateway commands;
    private final EventStore events;
    private final TransactionTemplate transaction;
    private final IdempotencyKeys keys;
    private final Existence existence;
    private final EntityLocks locks;
    private final Optional<EventPositions> positions;
    private final ObjectMapper json;
    private final HttpServletRequest request;

    CommandWriter(CommandGateway commands, EventStore events, TransactionTemplate transaction, IdempotencyKeys keys, Existence existence,
            EntityLocks locks, ObjectProvider<EventPositions> positions, ObjectMapper json, HttpServletRequest request) {
        this.commands = commands;
        this.events = events;
        this.transaction = transaction;
        this.keys = keys;
        this.existence = existence;
        this.locks = locks;
        this.positions = Optional.ofNullable(positions.getIfAvailable());
        this.json = json;
        this.request = request;
    }

    /** A new entity; {@code location} is where it can be read, e.g. {@code /api/goals/g1}. */
    public ResponseEntity<WriteResult> create(Object body, String entityId, Object command, String location) {
        return write(body, entityId, command, location, UnaryOperator.identity());
    }

    public ResponseEntity<WriteResult> update(Object body, String entityId, Object command) {
        return write(body, entityId, command, null, UnaryOperator.identity());
    }

    /** A decision recorded on a plan: the answer names the decision too. */
    public ResponseEntity<WriteResult> decide(Object body, String planId, Object command, String decisionId) {
        return write(body, planId, command, null, result -> result.withDecisionId(decisionId));
    }

    private ResponseEntity<WriteResult> write(Object body, String entityId, Object command, String location,
            UnaryOperator<WriteResult> finish) {
        HttpStatus status = location != null ? HttpStatus.CREATED : HttpStatus.OK;
        String key = request.getHeader("Idempotency-Key");
        String actor = Actor.current();
        String hash = hash(request.getMethod() + " " + request.getRequestURI() + "\n" + toJson(body));
        boolean versioned = Requests.ifMatch(request) != null;
        return locks.exclusively(entityId, () -> ConflictRetry.run(versioned, () -> transaction.execute(tx -> {
            locks.lockForWrite(entityId);
            if (key != null) {
                var earlier = keys.claim(actor, key, hash);
                if (earlier.isPresent()) {
                    return replay(earlier.get(), hash);
                }
            }
            if (location != null) {
                existence.requireFree(entityId);
            }
            checkVersion(entityId);
            commands.sendAndWait(command);
            var stored = lastEventOf(entityId);
            var result = finish.apply(new WriteResult(entityId, stored.getIdentifier(), stored.getSequenceNumber(),
                    positions.map(p -> p.of(stored.getIdentifier())).orElse(null)));
            if (key != null) {
                keys.complete(actor, key, status.value(), toJson(result), location);
            }
            return respond(status, result, location);
        })));
    }

    /** A stale If-Match is a conflict whatever else is wrong with the request. */
    private void checkVersion(String entityId) {
        Long expected = Requests.ifMatch(request);
        if (expected != null) {
            long actual = events.lastSequenceNumberFor(entityId).orElse(-1L);
            if (actual != expected) {
                throw new Conflict("Objektet " + entityId + " har version " + actual + ", inte " + expected
                        + " som i If-Match; läs om det och försök igen.");
            }
        }
    }

    /**
     * Read back inside the write's transaction: no other write to this entity can commit before
     * ours, so its last event is the one just stored.
     */
    private DomainEventMessage<?> lastEventOf(String entityId) {
        long last = events.lastSequenceNumberFor(entityId)
                .orElseThrow(() -> new IllegalStateException("No event stored for " + entityId));
        return events.readEvents(entityId, last).asStream()
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("Event " + last + " of " + entityId + " unreadable"));
    }

    private ResponseEntity<WriteResult> replay(IdempotencyKeys.Answer earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new RuleViolation("Idempotency-Key",
                    "Nyckeln har redan använts för en annan begäran; välj en ny nyckel.");
        }
        try {
            return respond(HttpStatus.valueOf(earlier.status()), json.readValue(earlier.body(), WriteResult.class),
                    earlier.location());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent answer unreadable", e);
        }
    }

    private static ResponseEntity<WriteResult> respond(HttpStatus status, WriteResult result, String location) {
        var response = ResponseEntity.status(status).eTag("\"" + result.version() + "\"");
        if (location != null) {
            response.location(URI.create(location));
        }
        return response.body(result);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
