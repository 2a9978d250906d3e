package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An indicator was retired (validTo: the last day it applies) or given a new path of yearly
 * targets by a decision; a null field is left as it was.
 */
@JsonTypeName("IndicatorRevised")
@Revision("1")
public record IndicatorRevised(
        IndicatorId indicatorId,
        PlanId planId,
        LocalDate validTo,
        List<YearTarget> targets,
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
