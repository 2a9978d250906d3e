package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A plan's own parameters of the computed prognosis, set by a decision and effective from its
 * date: whether activities may lower a result that rests on measures, and the share of counted
 * activities at risk beyond which they weigh (default 0.5, "more than half").
 */
@JsonTypeName("PrognosisRuleChanged")
@Revision("1")
public record PrognosisRuleChanged(
        PlanId planId,
        boolean activitiesMayLower,
        BigDecimal notMetShare,
        DecisionRef decision,
        String reason,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.plan(planId);
    }
}
