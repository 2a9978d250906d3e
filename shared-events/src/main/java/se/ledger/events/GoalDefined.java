package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A goal was defined in a plan; direction goals (inriktningsmål) have no measurable ambition. */
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
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.goal(goalId);
    }
}
