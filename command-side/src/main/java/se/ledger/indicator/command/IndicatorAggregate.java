package se.ledger.indicator.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.ledger.command.CommandSideConfig;
import se.ledger.command.Definition;
import se.ledger.command.SnapshotState;
import se.ledger.command.Decisions;
import se.ledger.command.Directory;
import se.ledger.command.EffectiveDates;
import se.ledger.command.EventHistory;
import se.ledger.command.RuleViolation;
import se.ledger.events.CommentAdded;
import se.ledger.events.EntityKind;
import se.ledger.events.EntityRef;
import se.ledger.events.IndicatorDefined;
import se.ledger.events.IndicatorId;
import se.ledger.events.IndicatorRevised;
import se.ledger.events.IndicatorTargetRevised;
import se.ledger.events.KoladaRef;
import se.ledger.events.MeasurementSource;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.PlanId;
import se.ledger.events.YearTarget;

@Aggregate(snapshotTriggerDefinition = CommandSideConfig.SNAPSHOT_TRIGGER, cache = CommandSideConfig.AGGREGATE_CACHE)
@SnapshotState
@Revision("1")
public class IndicatorAggregate {

    private static final Set<String> PERCENT = Set.of("%", "procent", "andel (%)");

    @AggregateIdentifier
    private IndicatorId indicatorId;
    private PlanId planId;
    private String unit;
    private LocalDate validTo;
    // a revision's connection stands over the definition's, even when the definition is corrected later
    private KoladaRef definedKolada;
    private KoladaRef revisedKolada;
    @AggregateMember
    private final EventHistory history = new EventHistory();

    protected IndicatorAggregate() {
    }

    @CommandHandler
    public IndicatorAggregate(DefineIndicator command, Directory directory) {
        PlanId plan = directory.planOf(EntityKind.GOAL, command.goalId().value())
                .orElseThrow(() -> new RuleViolation("goalId", "Målet " + command.goalId() + " finns inte."));
        check(command);
        var period = EffectiveDates.periodOf(plan, directory);
        var effective = EffectiveDates.planned(command.effectiveDate(), period.start(), plan, directory);
        apply(new IndicatorDefined(command.indicatorId(), command.goalId(), plan, command.name(), command.unit(),
                command.baseline(), command.target(), command.source(), effective, command.actor(), null,
                command.kind(), yearly(command.targets()), command.kolada()));
    }

    @CommandHandler(commandName = "DefineIndicator" + Definition.CORRECTING)
    public void handle(DefineIndicator command, Directory directory) {
        if (!directory.planOf(EntityKind.GOAL, command.goalId().value()).map(planId::equals).orElse(false)) {
            throw new RuleViolation("goalId", "Målet " + command.goalId() + " finns inte i planen " + planId + ".");
        }
        check(command);
        history.checkCorrection(command.correction(), IndicatorDefined.class);
        var period = EffectiveDates.periodOf(planId, directory);
        var effective = EffectiveDates.planned(command.effectiveDate(), period.start(), planId, directory);
        apply(new IndicatorDefined(indicatorId, command.goalId(), planId, command.name(), command.unit(),
                command.baseline(), command.target(), command.source(), effective, command.actor(),
                command.correction(), command.kind(), yearly(command.targets()), command.kolada()));
    }

    @CommandHandler
    public void handle(ReviseIndicatorTarget command, Directory directory, Clock clock) {
        Decisions.requireComplete(command.decision(), clock);
        Targets.check(command.target());
        history.checkCorrection(command.correction(), IndicatorTargetRevised.class);
        var effective = EffectiveDates.planned(command.effectiveDate(), command.decision().date(), planId, directory);
        apply(new IndicatorTargetRevised(indicatorId, planId, command.target(), command.decision(),
                command.reason(), effective, command.actor(), command.correction()));
    }

    /**
     * A retirement takes effect no later than the indicator's last day, so that every date after
     * it sees the indicator retired even when the decision came afterwards.
     */
    @CommandHandler
    public void handle(ReviseIndicator command, Directory directory, Clock clock) {
        Decisions.requireComplete(command.decision(), clock);
        if (command.validTo() == null && (command.targets() == null || command.targets().isEmpty())
                && command.kolada() == null) {
            throw new RuleViolation("validTo",
                    "Ange validTo (sista dag nyckeltalet gäller), targets eller kolada (koppling till Kolada).");
        }
        KoladaIds.check(command.kolada());
        if (command.targets() != null) {
            Targets.yearly(command.targets());
        }
        var period = EffectiveDates.periodOf(planId, directory);
        if (command.validTo() != null) {
            period.outside(command.validTo()).ifPresent(message -> {
                throw new RuleViolation("validTo", message);
            });
        }
        history.checkCorrection(command.correction(), IndicatorRevised.class);
        LocalDate from = command.effectiveDate() != null ? command.effectiveDate() : command.decision().date();
        if (command.validTo() != null && command.validTo().isBefore(from)) {
            from = command.validTo();
        }
        var effective = EffectiveDates.planned(from.isBefore(period.start()) ? period.start() : from,
                period.start(), planId, directory);
        apply(new IndicatorRevised(indicatorId, planId, command.validTo(), yearly(command.targets()),
                command.decision(), command.reason(), effective, command.actor(), command.correction(),
                command.kolada()));
    }

    @CommandHandler
    public void handle(RecordMeasurement command, Directory directory, Clock clock) {
        checkValue(command);
        checkSource(command);
        history.checkCorrection(command.correction(), MeasurementRecorded.class);
        var effective = EffectiveDates.reported(command.effectiveDate(), planId, directory, clock);
        if (validTo != null && effective.isAfter(validTo)) {
            throw new RuleViolation("effectiveDate", "Nyckeltalet gäller till och med " + validTo
                    + ", inte " + effective + ".");
        }
        boolean judged = command.judgement() != null;
        apply(new MeasurementRecorded(indicatorId, planId, command.noNewData() ? null : command.value(),
                command.noNewData(), command.comment(), effective, command.actor(), command.correction(),
                command.judgement(), judged ? command.actor() : null, command.source(), command.kolada()));
    }

    @CommandHandler
    public void handle(CommentOnIndicator command, Directory directory, Clock clock) {
        history.checkCorrection(command.correction(), CommentAdded.class);
        var effective = EffectiveDates.reported(command.effectiveDate(), planId, directory, clock);
        apply(new CommentAdded(EntityRef.indicator(indicatorId), planId, command.text(), effective,
                command.actor(), command.correction()));
    }

    private static void check(DefineIndicator command) {
        Targets.check(command.kind(), command.target(), command.targets());
        Targets.check(command.baseline());
        KoladaIds.check(command.kolada());
    }

    /** A fetched value names the KPI and municipality the indicator is connected to, and nothing else does. */
    private void checkSource(RecordMeasurement command) {
        KoladaRef connected = revisedKolada != null ? revisedKolada : definedKolada;
        boolean fetched = command.source() == MeasurementSource.KOLADA;
        if (fetched && (connected == null || !connected.equals(command.kolada()))) {
            throw new RuleViolation("kolada", "Nyckeltalet " + indicatorId
                    + " är inte kopplat till Kolada-nyckeltalet " + KoladaIds.describe(command.kolada())
                    + (connected == null ? "" : " utan till " + KoladaIds.describe(connected)) + ".");
        }
        if (command.source() == null && command.kolada() != null) {
            throw new RuleViolation("kolada", "Ett värde från Kolada har källan KOLADA.");
        }
    }

    private static List<YearTarget> yearly(List<YearTarget> targets) {
        return targets == null || targets.isEmpty() ? null
                : targets.stream().sorted(Comparator.comparingInt(YearTarget::year)).toList();
    }

    private void checkValue(RecordMeasurement command) {
        MeasurementKinds.check(command.value(), command.noNewData(), command.judgement(), command.comment());
        if (command.unit() != null && !command.unit().equalsIgnoreCase(unit)) {
            throw new RuleViolation("unit", "Nyckeltalet mäts i '" + unit + "', inte '" + command.unit() + "'.");
        }
        BigDecimal value = command.value();
        if (value != null && PERCENT.contains(unit == null ? "" : unit.toLowerCase())
                && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new RuleViolation("value", "En andel i procent ligger mellan 0 och 100, inte " + value + ".");
        }
    }

    @EventSourcingHandler
    void on(IndicatorDefined event) {
        indicatorId = event.indicatorId();
        planId = event.planId();
        unit = event.unit();
        definedKolada = event.kolada();
    }

    @EventSourcingHandler
    void on(IndicatorRevised event) {
        if (event.validTo() != null) {
            validTo = event.validTo();
        }
        if (event.kolada() != null) {
            revisedKolada = event.kolada();
        }
    }
}
