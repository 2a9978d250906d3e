package se.ledger.plan.command;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;
import se.ledger.events.DecisionRef;
import se.ledger.events.PlanId;

/** The plan's own parameters of the computed prognosis, set by a decision. */
public record SetPrognosisRule(
        @TargetAggregateIdentifier PlanId planId,
        boolean activitiesMayLower,
        BigDecimal notMetShare,
        DecisionRef decision,
        String reason,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
