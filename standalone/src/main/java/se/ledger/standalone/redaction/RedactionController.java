package se.ledger.standalone.redaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.command.AppendedEvents;
import se.ledger.command.Commands;
import se.ledger.command.EventPositions;
import se.ledger.events.EntityKind;
import se.ledger.events.EntityRef;
import se.ledger.events.PlanId;
import se.ledger.plan.command.RedactText;
import se.ledger.platform.Actor;
import se.ledger.platform.Roles;
import se.ledger.proof.log.Redactions;
import se.ledger.proof.log.StoredEvent;

/**
 * An administrator removes a free text of an earlier event: the plan records the redaction as an
 * event, and in the same transaction the text and its salt leave the ledger while the Merkle log
 * keeps its commitment. Both happen or neither does.
 */
@RestController
class RedactionController {

    record RedactionRequest(@NotBlank String eventId, @NotBlank String field, String reason) {
    }

    record RedactionAnswer(String eventId, String field, String reason, String commitment, String redactionEventId,
            Long position) {
    }

    private final Redactions redactions;
    private final CommandGateway commands;
    private final AppendedEvents appended;
    private final ObjectProvider<EventPositions> positions;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    RedactionController(Redactions redactions, CommandGateway commands, AppendedEvents appended,
            ObjectProvider<EventPositions> positions, TransactionTemplate transaction, Clock clock) {
        this.redactions = redactions;
        this.commands = commands;
        this.appended = appended;
        this.positions = positions;
        this.transaction = transaction;
        this.clock = clock;
    }

    @PostMapping("/api/admin/redactions")
    @PreAuthorize(Roles.ADMIN)
    RedactionAnswer redact(@jakarta.validation.Valid @RequestBody RedactionRequest request) {
        var target = redactions.target(request.eventId(), request.field());
        String planId = field(target, "planId");
        var about = new EntityRef(EntityKind.valueOf(target.entityKind().toUpperCase(Locale.ROOT)), target.entityId());
        String reason = request.reason();
        return transaction.execute(tx -> {
            var stored = appended.lastOf(planId, () -> commands.sendAndWait(Commands.message(new RedactText(
                    new PlanId(planId), about, request.eventId(), request.field(), reason, LocalDate.now(clock),
                    Actor.current()))));
            var done = redactions.redact(request.eventId(), request.field(), reason.strip(), stored.getIdentifier());
            var position = positions.getIfAvailable();
            return new RedactionAnswer(done.eventId(), done.field(), done.reason(), done.commitment(),
                    stored.getIdentifier(), position == null ? null : position.ofLastAppended());
        });
    }

    private String field(StoredEvent event, String name) {
        try {
            JsonNode payload = json.readTree(event.payload());
            return payload.path(name).asText();
        } catch (IOException e) {
            throw new IllegalStateException("event " + event.eventId() + " has no JSON payload", e);
        }
    }
}
