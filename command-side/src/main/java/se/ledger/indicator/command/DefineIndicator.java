package se.ledger.indicator.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.command.Definition;
import se.ledger.events.Correction;
import se.ledger.events.Baseline;
import se.ledger.events.GoalId;
import se.ledger.events.IndicatorId;
import se.ledger.events.IndicatorKind;
import se.ledger.events.KoladaRef;
import se.ledger.events.Target;
import se.ledger.events.YearTarget;

/**
 * The indicator, defined with a target or a path of yearly targets; with a correction (a wrong
 * baseline, say), defined again correctly. Kind null is a level; kolada, when set, connects it to
 * the KPI whose values the Kolada import fetches.
 */
public record DefineIndicator(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        GoalId goalId,
        String name,
        String unit,
        Baseline baseline,
        Target target,
        String source,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion,
        IndicatorKind kind,
        List<YearTarget> targets,
        KoladaRef kolada) implements Definition {

    /** Not connected to Kolada. */
    public DefineIndicator(IndicatorId indicatorId, GoalId goalId, String name, String unit, Baseline baseline,
            Target target, String source, LocalDate effectiveDate, String actor, Correction correction,
            Long expectedVersion, IndicatorKind kind, List<YearTarget> targets) {
        this(indicatorId, goalId, name, unit, baseline, target, source, effectiveDate, actor, correction,
                expectedVersion, kind, targets, null);
    }

    /** A level with one target, as the spreadsheet import defines them. */
    public DefineIndicator(IndicatorId indicatorId, GoalId goalId, String name, String unit, Baseline baseline,
            Target target, String source, LocalDate effectiveDate, String actor, Correction correction,
            Long expectedVersion) {
        this(indicatorId, goalId, name, unit, baseline, target, source, effectiveDate, actor, correction,
                expectedVersion, null, null, null);
    }

    /** A first definition: nothing to correct, no version to expect. */
    public DefineIndicator(IndicatorId indicatorId, GoalId goalId, String name, String unit, Baseline
            baseline, Target target, String source, LocalDate effectiveDate, String actor) {
        this(indicatorId, goalId, name, unit, baseline, target, source, effectiveDate, actor, null, null);
    }
}
