package se.ledger.goal.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.ledger.events.GoalId;
import se.ledger.events.PlanId;

public record DefineGoal(
        @TargetAggregateIdentifier GoalId goalId,
        PlanId planId,
        GoalId parentGoalId,
        String title,
        String area,
        boolean direction,
        List<Integer> sdgs,
        List<String> desiredEffects,
        String ambition,
        LocalDate effectiveDate,
        String actor) {
}
