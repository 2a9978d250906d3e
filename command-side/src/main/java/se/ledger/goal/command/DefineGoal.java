package se.ledger.goal.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.command.Definition;
import se.ledger.events.Correction;
import se.ledger.events.GoalId;
import se.ledger.events.PlanId;

/** The goal, defined; with a correction, defined again correctly, superseding the definition it names. */
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
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion,
        GoalTexts texts) implements Definition {

    /** A first definition: nothing to correct, no version to expect. */
    public DefineGoal(GoalId goalId, PlanId planId, GoalId parentGoalId, String title, String area,
            boolean direction, List<Integer> sdgs, List<String> desiredEffects, String ambition,
            LocalDate effectiveDate, String actor) {
        this(goalId, planId, parentGoalId, title, area, direction, sdgs, desiredEffects, ambition,
                effectiveDate, actor, null, null, null);
    }

    /** Without contributions or goal texts. */
    public DefineGoal(GoalId goalId, PlanId planId, GoalId parentGoalId, String title, String area,
            boolean direction, List<Integer> sdgs, List<String> desiredEffects, String ambition,
            LocalDate effectiveDate, String actor, Correction correction, Long expectedVersion) {
        this(goalId, planId, parentGoalId, title, area, direction, sdgs, desiredEffects, ambition,
                effectiveDate, actor, correction, expectedVersion, null);
    }

    /** The goal texts, never null: an empty set when none were given. */
    public GoalTexts textsOrNone() {
        return texts == null ? GoalTexts.NONE : texts;
    }
}
