package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An indicator's target was revised by a decision. */
@JsonTypeName("IndicatorTargetRevised")
@Revision("1")
public record IndicatorTargetRevised(
        IndicatorId indicatorId,
        PlanId planId,
        Target target,
        DecisionRef decision,
        String reason,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.indicator(indicatorId);
    }
}
