package se.ledger.plan.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.ledger.command.CommandSideConfig;
import se.ledger.command.CorrectionReason;
import se.ledger.command.Definition;
import se.ledger.command.SnapshotState;
import se.ledger.command.Decisions;
import se.ledger.command.Directory;
import se.ledger.command.EffectiveDates;
import se.ledger.command.EventHistory;
import se.ledger.command.Period;
import se.ledger.command.RuleViolation;
import se.ledger.events.DecisionRecorded;
import se.ledger.events.DecisionRef;
import se.ledger.events.PlanAdopted;
import se.ledger.events.PlanId;
import se.ledger.events.PlanRegistered;
import se.ledger.events.PrognosisRuleChanged;
import se.ledger.events.ReportCalendarAdopted;
import se.ledger.events.ReportIssued;
import se.ledger.events.TextRedacted;

/**
 * A plan and the decisions about it. Plan-level decisions are often taken before the period
 * starts (a plan for 2022 adopted in November 2021), so they are only kept out of the future.
 */
@Aggregate(snapshotTriggerDefinition = CommandSideConfig.SNAPSHOT_TRIGGER, cache = CommandSideConfig.AGGREGATE_CACHE)
@SnapshotState
@Revision("2")
public class PlanAggregate {

    @AggregateIdentifier
    private PlanId planId;
    private final Map<String, DecisionRef> decisions = new HashMap<>();
    private final ReportCalendar reports = new ReportCalendar();
    @AggregateMember
    private final EventHistory history = new EventHistory();

    protected PlanAggregate() {
    }

    /** The plan is a fact about its period, so it is effective from the period's first day. */
    @CommandHandler
    public PlanAggregate(RegisterPlan command) {
        Period.check("periodEnd", command.periodStart(), command.periodEnd());
        apply(new PlanRegistered(command.planId(), command.organisation(), command.title(),
                command.periodStart(), command.periodEnd(), command.periodStart(), command.actor(), null,
                command.level()));
    }

    @CommandHandler(commandName = "RegisterPlan" + Definition.CORRECTING)
    public void handle(RegisterPlan command) {
        Period.check("periodEnd", command.periodStart(), command.periodEnd());
        history.checkCorrection(command.correction(), PlanRegistered.class);
        apply(new PlanRegistered(planId, command.organisation(), command.title(), command.periodStart(),
                command.periodEnd(), command.periodStart(), command.actor(), command.correction(),
                command.level()));
    }

    @CommandHandler
    public void handle(RecordDecision command, Clock clock) {
        Decisions.requireComplete(command.decision(), clock);
        history.checkCorrection(command.correction(), DecisionRecorded.class);
        String id = command.decision().decisionId();
        if (id != null && decisions.containsKey(id) && command.correction() == null) {
            throw new RuleViolation("id", "Beslutet " + id + " finns redan i planen.");
        }
        reports.checkApproves(command.approvesReport());
        apply(new DecisionRecorded(planId, command.decision(), command.decision().date(), command.actor(),
                command.correction(), command.approvesReport()));
    }

    @CommandHandler
    public void handle(IssueReport command, Directory directory, Clock clock) {
        reports.checkIssue(command.reportId(), command.reportDate(), EffectiveDates.periodOf(planId, directory),
                LocalDate.now(clock));
        apply(new ReportIssued(planId, command.reportId(), command.title(), command.reportDate(), command.actor(),
                null));
    }

    /** What the text was and whether it may go is the proof log's to check; the plan records that it went. */
    @CommandHandler
    public void handle(RedactText command) {
        CorrectionReason.check(command.reason());
        apply(new TextRedacted(planId, command.about(), command.eventId(), command.field(), command.reason().strip(),
                command.effectiveDate(), command.actor()));
    }

    @CommandHandler
    public void handle(SetReportCalendar command, Directory directory, Clock clock) {
        DecisionRef decision = resolve(command.decision());
        Decisions.requireComplete(decision, clock);
        ReportCalendar.checkOccasions(command.occasions(), EffectiveDates.periodOf(planId, directory));
        apply(new ReportCalendarAdopted(planId, List.copyOf(command.occasions()), command.monthly(), decision,
                command.reason(), decision.date(), command.actor(), null));
    }

    @CommandHandler
    public void handle(AdoptPlan command, Clock clock) {
        DecisionRef decision = resolve(command.decision());
        Decisions.requireComplete(decision, clock);
        history.checkCorrection(command.correction(), PlanAdopted.class);
        apply(new PlanAdopted(planId, decision, decision.date(), command.actor(), command.correction()));
    }

    /** Effective from its decision's date, so an earlier date keeps the rule that applied then. */
    @CommandHandler
    public void handle(SetPrognosisRule command, Clock clock) {
        DecisionRef decision = resolve(command.decision());
        Decisions.requireComplete(decision, clock);
        RuleParameters.check(command.notMetShare());
        history.checkCorrection(command.correction(), PrognosisRuleChanged.class);
        apply(new PrognosisRuleChanged(planId, command.activitiesMayLower(), command.notMetShare(), decision,
                command.reason(), decision.date(), command.actor(), command.correction()));
    }

    private DecisionRef resolve(DecisionRef cited) {
        if (cited != null && cited.decisionId() != null && cited.body() == null) {
            DecisionRef recorded = decisions.get(cited.decisionId());
            if (recorded == null) {
                throw new RuleViolation("decision", "Beslutet " + cited.decisionId() + " finns inte i planen.");
            }
            return recorded;
        }
        return cited;
    }

    @EventSourcingHandler
    void on(PlanRegistered event) {
        planId = event.planId();
    }

    @EventSourcingHandler
    void on(ReportIssued event) {
        reports.issued(event.reportId());
    }

    @EventSourcingHandler
    void on(ReportCalendarAdopted event) {
        reports.set(event.occasions(), event.monthly());
    }

    @EventSourcingHandler
    void on(DecisionRecorded event) {
        if (event.decision().decisionId() != null) {
            decisions.put(event.decision().decisionId(), event.decision());
        }
    }
}
