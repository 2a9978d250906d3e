package se.ledger.activity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.ledger.command.CommandSideConfig;
import se.ledger.command.Definition;
import se.ledger.command.SnapshotState;
import se.ledger.command.Directory;
import se.ledger.command.EffectiveDates;
import se.ledger.command.EventHistory;
import se.ledger.command.MonthMarks;
import se.ledger.command.Period;
import se.ledger.command.RuleViolation;
import se.ledger.events.ActivityId;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.ActivityReassigned;
import se.ledger.events.ActivityRescheduled;
import se.ledger.events.ActivityStatusChanged;
import se.ledger.events.CommentAdded;
import se.ledger.events.EntityKind;
import se.ledger.events.EntityRef;
import se.ledger.events.GoalId;
import se.ledger.events.MonthReported;
import se.ledger.events.PlanId;
import se.ledger.platform.Vocabulary;

@Aggregate(snapshotTriggerDefinition = CommandSideConfig.SNAPSHOT_TRIGGER, cache = CommandSideConfig.AGGREGATE_CACHE)
@SnapshotState
@Revision("2")
public class ActivityAggregate {

    @AggregateIdentifier
    private ActivityId activityId;
    private PlanId planId;
    private final StatusLog statuses = new StatusLog();
    @AggregateMember
    private final EventHistory history = new EventHistory();
    @AggregateMember
    private final MonthMarks marks = new MonthMarks();

    protected ActivityAggregate() {
    }

    @CommandHandler
    public ActivityAggregate(PlanActivity command, Directory directory) {
        var period = EffectiveDates.periodOf(command.planId(), directory);
        checkGoals(command.goalIds(), command.planId(), directory);
        Period.check("end", command.start(), command.end());
        var effective = EffectiveDates.planned(command.effectiveDate(), period.start(), command.planId(), directory);
        apply(new ActivityPlanned(command.activityId(), command.planId(), List.copyOf(command.goalIds()),
                command.title(), command.description(), command.responsible(), List.copyOf(command.partners()),
                command.start(), command.end(), command.desiredState(), effective, command.actor(), null));
    }

    @CommandHandler(commandName = "PlanActivity" + Definition.CORRECTING)
    public void handle(PlanActivity command, Directory directory) {
        checkGoals(command.goalIds(), planId, directory);
        Period.check("end", command.start(), command.end());
        history.checkCorrection(command.correction(), ActivityPlanned.class);
        var period = EffectiveDates.periodOf(planId, directory);
        var effective = EffectiveDates.planned(command.effectiveDate(), period.start(), planId, directory);
        apply(new ActivityPlanned(activityId, planId, List.copyOf(command.goalIds()), command.title(),
                command.description(), command.responsible(), List.copyOf(command.partners()), command.start(),
                command.end(), command.desiredState(), effective, command.actor(), command.correction()));
    }

    @CommandHandler
    public void handle(ChangeActivityStatus command, Directory directory, Clock clock) {
        if (command.status().needsExplanation() && blank(command.explanation())) {
            throw new RuleViolation("explanation",
                    "Status '" + Vocabulary.label(command.status()) + "' kräver en förklaring av avvikelsen.");
        }
        history.checkCorrection(command.correction(), ActivityStatusChanged.class);
        if (command.correction() == null && statuses.current().isFinal()) {
            throw new RuleViolation("status", "Aktiviteten är " + Vocabulary.label(statuses.current()).toLowerCase()
                    + "; statusen kan bara ändras genom en rättelse (corrects, reason).");
        }
        var effective = EffectiveDates.reported(command.effectiveDate(), planId, directory, clock);
        apply(new ActivityStatusChanged(activityId, planId, command.status(), command.explanation(), effective,
                command.actor(), command.correction()));
    }

    @CommandHandler
    public void handle(RescheduleActivity command, Directory directory, Clock clock) {
        Period.check("end", command.start(), command.end());
        history.checkCorrection(command.correction(), ActivityRescheduled.class);
        var effective = EffectiveDates.reported(command.effectiveDate(), planId, directory, clock);
        apply(new ActivityRescheduled(activityId, planId, command.start(), command.end(), command.reason(),
                effective, command.actor(), command.correction()));
    }

    @CommandHandler
    public void handle(ReassignActivity command, Directory directory, Clock clock) {
        history.checkCorrection(command.correction(), ActivityReassigned.class);
        var effective = EffectiveDates.reported(command.effectiveDate(), planId, directory, clock);
        apply(new ActivityReassigned(activityId, planId, command.responsible(), command.reason(), effective,
                command.actor(), command.correction()));
    }

    @CommandHandler
    public void handle(CommentOnActivity command, Directory directory, Clock clock) {
        history.checkCorrection(command.correction(), CommentAdded.class);
        var effective = EffectiveDates.reported(command.effectiveDate(), planId, directory, clock);
        apply(new CommentAdded(EntityRef.activity(activityId), planId, command.text(), effective,
                command.actor(), command.correction()));
    }

    @CommandHandler
    public void handle(ReportActivityMonth command, Directory directory, Clock clock) {
        history.checkCorrection(command.correction(), MonthReported.class);
        marks.checkFree(command.month(), command.correction());
        var effective = EffectiveDates.ofMonth(command.month(), planId, directory, clock);
        apply(new MonthReported(EntityRef.activity(activityId), planId, command.month(), command.mark(),
                effective, command.actor(), command.correction()));
    }

    private static void checkGoals(List<GoalId> goals, PlanId plan, Directory directory) {
        if (goals.isEmpty()) {
            throw new RuleViolation("goalIds", "En aktivitet måste kopplas till minst ett mål.");
        }
        for (GoalId goal : goals) {
            if (!directory.planOf(EntityKind.GOAL, goal.value()).map(plan::equals).orElse(false)) {
                throw new RuleViolation("goalIds", "Målet " + goal + " finns inte i planen " + plan + ".");
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(ActivityPlanned event) {
        activityId = event.activityId();
        planId = event.planId();
    }

    @EventSourcingHandler
    void on(ActivityStatusChanged event, @MessageIdentifier String eventId) {
        statuses.record(eventId, event.effectiveDate(), event.status(),
                event.correction() == null ? null : event.correction().eventId());
    }
}
