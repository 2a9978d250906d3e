package se.ledger.indicator.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
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
import se.ledger.events.IndicatorTargetRevised;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.PlanId;

@Aggregate(snapshotTriggerDefinition = CommandSideConfig.SNAPSHOT_TRIGGER)
@SnapshotState
@Revision("1")
public class IndicatorAggregate {

    private static final Set<String> PERCENT = Set.of("%", "procent", "andel (%)");

    @AggregateIdentifier
    private IndicatorId indicatorId;
    private PlanId planId;
    private String unit;
    @AggregateMember
    private final EventHistory history = new EventHistory();

    protected IndicatorAggregate() {
    }

    @CommandHandler
    public IndicatorAggregate(DefineIndicator command, Directory directory) {
        PlanId plan = directory.planOf(EntityKind.GOAL, command.goalId().value())
                .orElseThrow(() -> new RuleViolation("goalId", "Målet " + command.goalId() + " finns inte."));
        Targets.check(command.target());
        var period = EffectiveDates.periodOf(plan, directory);
        var effective = EffectiveDates.planned(command.effectiveDate(), period.start(), plan, directory);
        apply(new IndicatorDefined(command.indicatorId(), command.goalId(), plan, command.name(), command.unit(),
                command.baseline(), command.target(), command.source(), effective, command.actor(), null));
    }

    @CommandHandler(commandName = "DefineIndicator" + Definition.CORRECTING)
    public void handle(DefineIndicator command, Directory directory) {
        if (!directory.planOf(EntityKind.GOAL, command.goalId().value()).map(planId::equals).orElse(false)) {
            throw new RuleViolation("goalId", "Målet " + command.goalId() + " finns inte i planen " + planId + ".");
        }
        Targets.check(command.target());
        history.checkCorrection(command.correction(), IndicatorDefined.class);
        var period = EffectiveDates.periodOf(planId, directory);
        var effective = EffectiveDates.planned(command.effectiveDate(), period.start(), planId, directory);
        apply(new IndicatorDefined(indicatorId, command.goalId(), planId, command.name(), command.unit(),
                command.baseline(), command.target(), command.source(), effective, command.actor(),
                command.correction()));
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

    @CommandHandler
    public void handle(RecordMeasurement command, Directory directory, Clock clock) {
        checkValue(command);
        history.checkCorrection(command.correction(), MeasurementRecorded.class);
        var effective = EffectiveDates.reported(command.effectiveDate(), planId, directory, clock);
        apply(new MeasurementRecorded(indicatorId, planId, command.noNewData() ? null : command.value(),
                command.noNewData(), command.comment(), effective, command.actor(), command.correction()));
    }

    @CommandHandler
    public void handle(CommentOnIndicator command, Directory directory, Clock clock) {
        history.checkCorrection(command.correction(), CommentAdded.class);
        var effective = EffectiveDates.reported(command.effectiveDate(), planId, directory, clock);
        apply(new CommentAdded(EntityRef.indicator(indicatorId), planId, command.text(), effective,
                command.actor(), command.correction()));
    }

    private void checkValue(RecordMeasurement command) {
        if (command.noNewData() == (command.value() != null)) {
            throw new RuleViolation("value", "Ange antingen ett värde eller noNewData: true.");
        }
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
    }
}
