package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An indicator (nyckeltal) of a goal was defined with its baseline and target, or its path of
 * yearly targets; kind null (events stored before flows existed) is a level. kolada, when set,
 * names where Kolada publishes its values (null in events stored before the Kolada import).
 */
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
        Correction correction,
        IndicatorKind kind,
        List<YearTarget> targets,
        KoladaRef kolada) implements LedgerEvent {

    /** Not connected to Kolada, as every indicator was before the Kolada import. */
    public IndicatorDefined(IndicatorId indicatorId, GoalId goalId, PlanId planId, String name, String unit,
            Baseline baseline, Target target, String source, LocalDate effectiveDate, String actor,
            Correction correction, IndicatorKind kind, List<YearTarget> targets) {
        this(indicatorId, goalId, planId, name, unit, baseline, target, source, effectiveDate, actor, correction,
                kind, targets, null);
    }

    /** A level with one target, as every indicator was before kinds and yearly targets. */
    public IndicatorDefined(IndicatorId indicatorId, GoalId goalId, PlanId planId, String name, String unit,
            Baseline baseline, Target target, String source, LocalDate effectiveDate, String actor,
            Correction correction) {
        this(indicatorId, goalId, planId, name, unit, baseline, target, source, effectiveDate, actor, correction,
                null, null, null);
    }

    @Override
    public EntityRef subject() {
        return EntityRef.indicator(indicatorId);
    }
}
