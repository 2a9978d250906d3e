package se.ledger.plan.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.command.Definition;
import se.ledger.events.Correction;
import se.ledger.events.PlanId;

/** The plan, registered; with a correction (title, organisation, period), registered again correctly. */
public record RegisterPlan(
        @TargetAggregateIdentifier PlanId planId,
        String organisation,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) implements Definition {

    /** A first definition: nothing to correct, no version to expect. */
    public RegisterPlan(PlanId planId, String organisation, String title, LocalDate periodStart, LocalDate
            periodEnd, String actor) {
        this(planId, organisation, title, periodStart, periodEnd, actor, null, null);
    }
}
