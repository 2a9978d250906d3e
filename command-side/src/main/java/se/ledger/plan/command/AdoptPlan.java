package se.ledger.plan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;
import se.ledger.events.DecisionRef;
import se.ledger.events.PlanId;

/** The decision is either one recorded on the plan (by its id) or cited in full. */
public record AdoptPlan(
        @TargetAggregateIdentifier PlanId planId,
        DecisionRef decision,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
