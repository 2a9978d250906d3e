package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A goal was revised by a decision: its title, ambition, contributions, texts, or the last day it
 * applies (validTo: a delmål that ends). Null fields are unchanged.
 */
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
        Correction correction,
        List<GoalId> contributesTo,
        LocalDate validTo,
        String purpose,
        List<String> strategies,
        List<String> risks) implements LedgerEvent {

    /** A revision of title or ambition only. */
    public GoalRevised(GoalId goalId, PlanId planId, String title, String ambition, DecisionRef decision,
            String reason, LocalDate effectiveDate, String actor, Correction correction) {
        this(goalId, planId, title, ambition, decision, reason, effectiveDate, actor, correction, null, null, null,
                null, null);
    }

    @Override
    public EntityRef subject() {
        return EntityRef.goal(goalId);
    }
}
