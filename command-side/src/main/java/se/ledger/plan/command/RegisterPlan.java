package se.ledger.plan.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.ledger.events.PlanId;

public record RegisterPlan(
        @TargetAggregateIdentifier PlanId planId,
        String organisation,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        String actor) {
}
