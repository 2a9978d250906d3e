package se.ledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.command.AppendedEvents;
import se.ledger.command.Commands;
import se.ledger.command.Definition;
import se.ledger.command.EventPositions;
import se.ledger.command.metrics.Timed;

/**
 * Sends a command and answers with what it stored. The idempotency record, the events and the
 * directory rows commit in one transaction, so a retry either finds the first answer or nothing.
 * The If-Match version travels in the command ({@code @TargetAggregateVersion}): Axon checks it.
 */
@Component
public class CommandWriter {

    private final CommandGateway commands;
    private final AppendedEvents appended;
    private final TransactionTemplate transaction;
    private final Idempotency idempotency;
    private final Existence existence;
    private final EntityLocks locks;
    private final Optional<EventPositions> positions;
    private final HttpServletRequest request;
    private final Timed timed;

    CommandWriter(CommandGateway commands, AppendedEvents appended, TransactionTemplate transaction,
            Idempotency idempotency, Existence existence, EntityLocks locks, ObjectProvider<EventPositions> positions,
            HttpServletRequest request, Timed timed) {
        this.commands = commands;
        this.appended = appended;
        this.transaction = transaction;
        this.idempotency = idempotency;
        this.existence = existence;
        this.locks = locks;
        this.positions = Optional.ofNullable(positions.getIfAvailable());
        this.request = request;
        this.timed = timed;
    }

    /** A new entity; {@code location} is where it can be read, e.g. {@code /api/goals/g1}. */
    public ResponseEntity<WriteResult> create(Object body, String entityId, Object command, String location) {
        return write(body, entityId, command, location, (result, stored) -> result);
    }

    /** A definition creates its entity, unless it corrects one: then it is an update like any other. */
    public ResponseEntity<WriteResult> define(Object body, String entityId, Definition command, String location) {
        return command.correction() != null ? update(body, entityId, command)
                : create(body, entityId, command, location);
    }

    public ResponseEntity<WriteResult> update(Object body, String entityId, Object command) {
        return write(body, entityId, command, null, (result, stored) -> result);
    }

    /** A decision recorded on a plan: the answer names the decision too. */
    public ResponseEntity<WriteResult> decide(Object body, String planId, Object command, String decisionId) {
        return write(body, planId, command, null, (result, stored) -> result.withDecisionId(decisionId));
    }

    /** A report issued on a plan: the answer names the report and the instant it was issued. */
    public ResponseEntity<WriteResult> issue(Object body, String planId, Object command, String reportId) {
        // the instant as the event store keeps it (Axon stores it to the millisecond), not as it was sent
        return write(body, planId, command, null, (result, stored) -> result.withReport(reportId,
                DateTimeUtils.parseInstant(DateTimeUtils.formatInstant(stored.getTimestamp()))));
    }

    /** Timed whole, lock waits and conflict retries included: that is what the client waits for. */
    private ResponseEntity<WriteResult> write(Object body, String entityId, Object command, String location,
            BiFunction<WriteResult, DomainEventMessage<?>, WriteResult> finish) {
        return timed.record("ledger.write", "A command through the write API, from lock to commit",
                () -> writeNow(body, entityId, command, location, finish),
                "command", command.getClass().getSimpleName());
    }

    private ResponseEntity<WriteResult> writeNow(Object body, String entityId, Object command, String location,
            BiFunction<WriteResult, DomainEventMessage<?>, WriteResult> finish) {
        HttpStatus status = location != null ? HttpStatus.CREATED : HttpStatus.OK;
        var ticket = idempotency.ticket(body);
        boolean versioned = Requests.ifMatch(request) != null;
        return locks.exclusively(entityId, () -> ConflictRetry.run(versioned, () -> transaction.execute(tx -> {
            locks.lockForWrite(entityId);
            var earlier = idempotency.earlierAnswer(ticket);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            if (location != null) {
                existence.requireFree(entityId);
                if (versioned) {
                    throw new Conflict("Objektet " + entityId + " finns inte än; If-Match gäller bara det som finns.");
                }
            }
            var stored = appended.lastOf(entityId, () -> commands.sendAndWait(Commands.message(command)));
            var answer = finish.apply(new WriteResult(entityId, stored.getIdentifier(), stored.getSequenceNumber(),
                    positions.map(EventPositions::ofLastAppended).orElse(null)), stored)
                    .toResponse(status, location);
            idempotency.remember(ticket, answer);
            return answer;
        })));
    }
}
