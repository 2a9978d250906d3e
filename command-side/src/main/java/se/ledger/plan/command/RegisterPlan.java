package se.ledger.plan.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.command.Definition;
import se.ledger.events.Correction;
import se.ledger.events.PlanId;
import se.ledger.events.PlanLevel;

/** The plan of an organisation unit at a level (null: BOARD), registered; with a correction (title, organisation, period), registered again correctly. */
public record RegisterPlan(
        @TargetAggregateIdentifier PlanId planId,
        String organisation,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion,
        PlanLevel level) implements Definition {

    /** A first definition: nothing to correct, no version to expect. */
    public RegisterPlan(PlanId planId, String organisation, String title, LocalDate periodStart, LocalDate
            periodEnd, String actor) {
        this(planId, organisation, title, periodStart, periodEnd, actor, null, null, null);
    }

    /** Without a level: a board's plan. */
    public RegisterPlan(PlanId planId, String organisation, String title, LocalDate periodStart,
            LocalDate periodEnd, String actor, Correction correction, Long expectedVersion) {
        this(planId, organisation, title, periodStart, periodEnd, actor, correction, expectedVersion, null);
    }
}
