package se.ledger.goal.command;

import java.time.LocalDate;
import se.ledger.events.DecisionRef;
import se.ledger.events.GoalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;

/** Null title or ambition means unchanged. */
public record ReviseGoal(
        @TargetAggregateIdentifier GoalId goalId,
        String title,
        String ambition,
        DecisionRef decision,
        String reason,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
