package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An indicator was retired (validTo: the last day it applies), given a new path of yearly
 * targets, or connected to Kolada by a decision; a null field is left as it was (kolada is null
 * in events stored before the Kolada import).
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
        Correction correction,
        KoladaRef kolada) implements LedgerEvent {

    /** A retirement or new targets, as every revision was before the Kolada import. */
    public IndicatorRevised(IndicatorId indicatorId, PlanId planId, LocalDate validTo, List<YearTarget> targets,
            DecisionRef decision, String reason, LocalDate effectiveDate, String actor, Correction correction) {
        this(indicatorId, planId, validTo, targets, decision, reason, effectiveDate, actor, correction, null);
    }

    @Override
    public EntityRef subject() {
        return EntityRef.indicator(indicatorId);
    }
}
