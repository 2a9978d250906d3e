package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An indicator (nyckeltal) of a goal was defined with its baseline and target. */
@JsonTypeName("IndicatorDefined")
@Revision("1")
public record IndicatorDefined(
        IndicatorId indicatorId,
        GoalId goalId,
        PlanId planId,
        String name,
        String unit,
        Baseline baseline,
        Target target,
        String source,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.indicator(indicatorId);
    }
}
