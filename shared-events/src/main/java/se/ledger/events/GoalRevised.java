package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A goal's title or ambition was revised by a decision. Null fields are unchanged. */
@JsonTypeName("GoalRevised")
@Revision("1")
public record GoalRevised(
        GoalId goalId,
        PlanId planId,
        String title,
        String ambition,
        DecisionRef decision,
        String reason,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.goal(goalId);
    }
}
