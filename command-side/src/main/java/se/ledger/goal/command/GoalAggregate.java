package se.ledger.goal.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.ledger.command.CommandSideConfig;
import se.ledger.command.Contributions;
import se.ledger.command.Definition;
import se.ledger.command.SnapshotState;
import se.ledger.command.Decisions;
import se.ledger.command.Directory;
import se.ledger.command.EffectiveDates;
import se.ledger.command.EventHistory;
import se.ledger.command.MonthMarks;
import se.ledger.command.GoalTree;
import se.ledger.command.Period;
import se.ledger.command.RuleViolation;
import se.ledger.events.CommentAdded;
import se.ledger.events.EntityKind;
import se.ledger.events.EntityRef;
import se.ledger.events.GoalDefined;
import se.ledger.events.GoalId;
import se.ledger.events.GoalRevised;
import se.ledger.events.MonthReported;
import se.ledger.events.PlanId;
import se.ledger.events.PrognosisStated;

@Aggregate(snapshotTriggerDefinition = CommandSideConfig.SNAPSHOT_TRIGGER, cache = CommandSideConfig.AGGREGATE_CACHE)
@SnapshotState
@Revision("2")
public class GoalAggregate {

    @AggregateIdentifier
    private GoalId goalId;
    private PlanId planId;
    private boolean direction;
    @AggregateMember
    private final EventHistory history = new EventHistory();
    @AggregateMember
    private final MonthMarks marks = new MonthMarks();

    protected GoalAggregate() {
    }

    @CommandHandler
    public GoalAggregate(DefineGoal command, Directory directory) {
        var period = EffectiveDates.periodOf(command.planId(), directory);
        checkParent(command.goalId(), command.parentGoalId(), command.planId(), directory);
        var texts = checkTexts(command.goalId(), command.planId(), command.textsOrNone(), directory);
        var effective = EffectiveDates.planned(command.effectiveDate(), period.start(), command.planId(), directory);
        apply(new GoalDefined(command.goalId(), command.planId(), command.parentGoalId(), command.title(),
                command.area(), command.direction(), List.copyOf(command.sdgs()),
                List.copyOf(command.desiredEffects()), command.ambition(), effective, command.actor(), null,
                texts.contributesTo(), texts.purpose(), texts.strategies(), texts.risks()));
    }

    @CommandHandler(commandName = "DefineGoal" + Definition.CORRECTING)
    public void handle(DefineGoal command, Directory directory) {
        checkParent(goalId, command.parentGoalId(), planId, directory);
        var texts = checkTexts(goalId, planId, command.textsOrNone(), directory);
        history.checkCorrection(command.correction(), GoalDefined.class);
        var period = EffectiveDates.periodOf(planId, directory);
        var effective = EffectiveDates.planned(command.effectiveDate(), period.start(), planId, directory);
        apply(new GoalDefined(goalId, planId, command.parentGoalId(), command.title(), command.area(),
                command.direction(), List.copyOf(command.sdgs()), List.copyOf(command.desiredEffects()),
                command.ambition(), effective, command.actor(), command.correction(), texts.contributesTo(),
                texts.purpose(), texts.strategies(), texts.risks()));
    }

    private static void checkParent(GoalId goal, GoalId parent, PlanId plan, Directory directory) {
        if (parent == null) {
            return;
        }
        GoalTree.check("parentGoalId", goal.value(), parent.value(), directory::parentOf);
        if (!directory.planOf(EntityKind.GOAL, parent.value()).map(plan::equals).orElse(false)) {
            throw new RuleViolation("parentGoalId", "Det överordnade målet " + parent + " finns inte i planen "
                    + plan + ".");
        }
    }

    /** The texts as the event keeps them (copied lists), once the contributions keep the rule. */
    private static GoalTexts checkTexts(GoalId goal, PlanId plan, GoalTexts texts, Directory directory) {
        if (texts.contributesTo() != null) {
            Contributions.check(goal.value(), plan, texts.contributesTo().stream().map(GoalId::value).toList(),
                    directory);
        }
        return new GoalTexts(copy(texts.contributesTo()), texts.purpose(), copy(texts.strategies()),
                copy(texts.risks()));
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    @CommandHandler
    public void handle(ReviseGoal command, Directory directory, Clock clock) {
        Decisions.requireComplete(command.decision(), clock);
        history.checkCorrection(command.correction(), GoalRevised.class);
        if (command.title() == null && command.ambition() == null && command.validTo() == null
                && command.textsOrNone().isEmpty()) {
            throw new RuleViolation("title", "En revidering måste ändra titel, ambitionsnivå, bidrag, syfte, "
                    + "strategier, risker eller giltighet.");
        }
        if (command.validTo() != null) {
            Period.check("validTo", EffectiveDates.periodOf(planId, directory).start(), command.validTo());
        }
        var texts = checkTexts(goalId, planId, command.textsOrNone(), directory);
        var effective = EffectiveDates.planned(command.effectiveDate(), command.decision().date(), planId, directory);
        apply(new GoalRevised(goalId, planId, command.title(), command.ambition(), command.decision(),
                command.reason(), effective, command.actor(), command.correction(), texts.contributesTo(),
                command.validTo(), texts.purpose(), texts.strategies(), texts.risks()));
    }

    @CommandHandler
    public void handle(StateGoalPrognosis command, Directory directory, Clock clock) {
        if (direction) {
            throw new RuleViolation("prognosis",
                    "Målet är ett inriktningsmål och får per definition ingen prognos för måluppfyllelse.");
        }
        history.checkCorrection(command.correction(), PrognosisStated.class);
        var effective = EffectiveDates.reported(command.effectiveDate(), planId, directory, clock);
        apply(new PrognosisStated(goalId, planId, command.prognosis(), command.motivation(), effective,
                command.actor(), command.correction()));
    }

    @CommandHandler
    public void handle(CommentOnGoal command, Directory directory, Clock clock) {
        history.checkCorrection(command.correction(), CommentAdded.class);
        var effective = EffectiveDates.reported(command.effectiveDate(), planId, directory, clock);
        apply(new CommentAdded(EntityRef.goal(goalId), planId, command.text(), effective, command.actor(),
                command.correction()));
    }

    @CommandHandler
    public void handle(ReportGoalMonth command, Directory directory, Clock clock) {
        history.checkCorrection(command.correction(), MonthReported.class);
        marks.checkFree(command.month(), command.correction());
        var effective = EffectiveDates.ofMonth(command.month(), planId, directory, clock);
        apply(new MonthReported(EntityRef.goal(goalId), planId, command.month(), command.mark(), effective,
                command.actor(), command.correction()));
    }

    @EventSourcingHandler
    void on(GoalDefined event) {
        goalId = event.goalId();
        planId = event.planId();
        direction = event.direction();
    }
}
