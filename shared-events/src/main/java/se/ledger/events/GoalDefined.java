package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A goal was defined in a plan; direction goals (inriktningsmål) have no measurable ambition.
 * contributesTo names goals of other plans it contributes to (bidrar till); purpose (syfte),
 * strategies and risks are the goal's texts. Null: none (events recorded before they existed).
 */
@JsonTypeName("GoalDefined")
@Revision("1")
public record GoalDefined(
        GoalId goalId,
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
        List<GoalId> contributesTo,
        String purpose,
        List<String> strategies,
        List<String> risks) implements LedgerEvent {

    /** Without contributions or goal texts (events recorded before they existed read so too). */
    public GoalDefined(GoalId goalId, PlanId planId, GoalId parentGoalId, String title, String area,
            boolean direction, List<Integer> sdgs, List<String> desiredEffects, String ambition,
            LocalDate effectiveDate, String actor, Correction correction) {
        this(goalId, planId, parentGoalId, title, area, direction, sdgs, desiredEffects, ambition, effectiveDate,
                actor, correction, null, null, null, null);
    }

    @Override
    public EntityRef subject() {
        return EntityRef.goal(goalId);
    }
}
