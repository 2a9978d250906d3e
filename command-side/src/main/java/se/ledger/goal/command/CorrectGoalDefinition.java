package se.ledger.goal.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;
import se.ledger.events.GoalId;

/** The goal was defined with a mistake: define it again, correctly, superseding the definition. */
public record CorrectGoalDefinition(
        @TargetAggregateIdentifier GoalId goalId,
        GoalId parentGoalId,
        String title,
        String area,
        boolean direction,
        List<Integer> sdgs,
        List<String> desiredEffects,
        String ambition,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
