package se.ledger.indicator.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;
import se.ledger.events.DecisionRef;
import se.ledger.events.IndicatorId;
import se.ledger.events.KoladaRef;
import se.ledger.events.YearTarget;

/** Retires the indicator after validTo, sets its yearly targets and/or connects it to Kolada, by a decision. */
public record ReviseIndicator(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        LocalDate validTo,
        List<YearTarget> targets,
        DecisionRef decision,
        String reason,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion,
        KoladaRef kolada) {

    /** A retirement or new targets. */
    public ReviseIndicator(IndicatorId indicatorId, LocalDate validTo, List<YearTarget> targets, DecisionRef decision,
            String reason, LocalDate effectiveDate, String actor, Correction correction, Long expectedVersion) {
        this(indicatorId, validTo, targets, decision, reason, effectiveDate, actor, correction, expectedVersion, null);
    }
}
