package se.ledger.plan.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.ledger.events.EntityRef;
import se.ledger.events.PlanId;

/** Remove a free text of an earlier event of the plan; recorded on the plan, whose administrators decide it. */
public record RedactText(
        @TargetAggregateIdentifier PlanId planId,
        EntityRef about,
        String eventId,
        String field,
        String reason,
        LocalDate effectiveDate,
        String actor) {
}
