package se.ledger.plan.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;
import se.ledger.events.PlanId;

/** The plan was registered with a mistake (title, organisation, period): register it again, correctly. */
public record CorrectPlanRegistration(
        @TargetAggregateIdentifier PlanId planId,
        String organisation,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
