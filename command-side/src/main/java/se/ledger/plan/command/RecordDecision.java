package se.ledger.plan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;
import se.ledger.events.DecisionRef;
import se.ledger.events.PlanId;

public record RecordDecision(
        @TargetAggregateIdentifier PlanId planId,
        DecisionRef decision,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion,
        String approvesReport) {
    public RecordDecision(PlanId planId, DecisionRef decision, String actor, Correction correction,
            Long expectedVersion) {
        this(planId, decision, actor, correction, expectedVersion, null);
    }
}
