package se.ledger.plan.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import se.ledger.events.ActivityId;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.ActivityReassigned;
import se.ledger.events.ActivityRescheduled;
import se.ledger.events.ActivityStatus;
import se.ledger.events.ActivityStatusChanged;
import se.ledger.events.Baseline;
import se.ledger.events.CommentAdded;
import se.ledger.events.DecisionRecorded;
import se.ledger.events.DecisionRef;
import se.ledger.events.EntityRef;
import se.ledger.events.GoalDefined;
import se.ledger.events.GoalId;
import se.ledger.events.GoalRevised;
import se.ledger.events.IndicatorDefined;
import se.ledger.events.IndicatorId;
import se.ledger.events.IndicatorKind;
import se.ledger.events.IndicatorRevised;
import se.ledger.events.IndicatorTargetRevised;
import se.ledger.events.Judgement;
import se.ledger.events.KoladaRef;
import se.ledger.events.LedgerEvent;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.MeasurementSource;
import se.ledger.events.MonthMark;
import se.ledger.events.MonthReported;
import se.ledger.events.PlanAdopted;
import se.ledger.events.PlanId;
import se.ledger.events.PlanLevel;
import se.ledger.events.PlanRegistered;
import se.ledger.events.Prognosis;
import se.ledger.events.PrognosisRuleChanged;
import se.ledger.events.PrognosisStated;
import se.ledger.events.ReportCalendarAdopted;
import se.ledger.events.ReportIssued;
import se.ledger.events.ReportOccasion;
import se.ledger.events.Responsible;
import se.ledger.events.Target;
import se.ledger.events.TargetDirection;
import se.ledger.events.TextRedacted;
import se.ledger.events.YearTarget;

/**
 * One plan with every event type of the catalogue, each field set, and a board's plan whose goal
 * contributes to it: what FactValuesRoundTripIT projects and reads back, and what
 * SealedPlanStateFormTest seals.
 */
final class EveryEventType {

    static final LocalDate JAN = LocalDate.parse("2022-01-01");
    static final DecisionRef ADOPTED = new DecisionRef("d1", "Kommunfullmäktige", LocalDate.parse("2022-01-15"),
            "§ 12", "Verksamhetsplan");
    static final DecisionRef REVISED = new DecisionRef("d2", "Kommunstyrelsen", LocalDate.parse("2022-02-10"),
            "§ 40", "Revidering");
    static final DecisionRef ADOPTED_REPORT = new DecisionRef("d3", "Kommunstyrelsen",
            LocalDate.parse("2022-09-26"), "§ 91", "Delårsrapport");

    final PlanId plan;
    final GoalId parent;
    final GoalId goal;
    final IndicatorId indicator;
    final IndicatorId flow;
    final IndicatorId fetched;
    final KoladaRef kolada = new KoladaRef("N00945", "0665");
    final ActivityId activity;
    final PlanId board;
    final GoalId boardGoal;
    private final IntFunction<String> eventId;

    /** @param eventId the id the event at an index of {@link #events()} will be stored with (a redaction names one) */
    EveryEventType(String id, IntFunction<String> eventId) {
        this.plan = new PlanId(id);
        this.parent = new GoalId(id + "-g0");
        this.goal = new GoalId(id + "-g1");
        this.indicator = new IndicatorId(id + "-i");
        this.flow = new IndicatorId(id + "-flow");
        this.fetched = new IndicatorId(id + "-kolada");
        this.activity = new ActivityId(id + "-a");
        this.board = new PlanId(id + "-board");
        this.boardGoal = new GoalId(id + "-board-g");
        this.eventId = eventId;
    }

    List<LedgerEvent> events() {
        var events = new ArrayList<LedgerEvent>();
        events.add(new PlanRegistered(plan, "Roundtrip kommun", "Plan R", JAN, LocalDate.parse("2022-12-31"), JAN, "admin",
                null, PlanLevel.ADMINISTRATION));
        events.add(new PlanAdopted(plan, ADOPTED, LocalDate.parse("2022-01-15"), "admin", null));
        events.add(new GoalDefined(parent, plan, null, "Övermål", "Samhälle", true, List.of(11), List.of("Hela"),
                "Inriktning", JAN, "admin", null));
        events.add(new GoalDefined(goal, plan, parent, "Delmål", "Skola", false, List.of(3, 4), List.of("Nöjdare elever"),
                "Ambition", JAN, "admin", null));
        events.add(new GoalRevised(goal, plan, "Delmål reviderat", "Högre ambition", REVISED, "nytt beslut",
                LocalDate.parse("2022-02-10"), "admin", null, null, LocalDate.parse("2022-12-31"), "Syfte",
                List.of("Strategi"), List.of("Risk")));
        events.add(new IndicatorDefined(indicator, goal, plan, "Nöjda elever", "%",
                new Baseline(new BigDecimal("60"), LocalDate.parse("2021-12-31")),
                new Target(new BigDecimal("80"), null, null, LocalDate.parse("2022-12-31")), "Enkät", JAN, "admin", null));
        events.add(new IndicatorTargetRevised(indicator, plan, new Target(new BigDecimal("85"), null, null,
                LocalDate.parse("2022-12-31")), REVISED, "höjt", LocalDate.parse("2022-02-10"), "admin", null));
        events.add(new MeasurementRecorded(indicator, plan, new BigDecimal("70.5"), false, "vårens enkät",
                LocalDate.parse("2022-06-30"), "chef", null));
        events.add(new MeasurementRecorded(indicator, plan, null, true, null, LocalDate.parse("2022-07-31"), "chef", null));
        events.add(new ActivityPlanned(activity, plan, List.of(goal), "Mentorer", "Mentorer för nya elever",
                new Responsible("Anna", "Skolan"), List.of("Fritid"), LocalDate.parse("2022-02-01"),
                LocalDate.parse("2022-11-30"), "Alla har en mentor", JAN, "chef", null));
        events.add(new ActivityRescheduled(activity, plan, LocalDate.parse("2022-03-01"), LocalDate.parse("2022-12-15"),
                "senare start", LocalDate.parse("2022-02-15"), "chef", null));
        events.add(new ActivityReassigned(activity, plan, new Responsible("Bo", "Elevhälsan"), "ny ansvarig",
                LocalDate.parse("2022-02-15"), "chef", null));
        events.add(new ActivityStatusChanged(activity, plan, ActivityStatus.DEVIATING, "Två sjukskrivna",
                LocalDate.parse("2022-07-31"), "chef", null));
        events.add(new PrognosisStated(goal, plan, Prognosis.PARTLY_MET, "Efter plan", LocalDate.parse("2022-07-31"), "chef",
                null));
        events.add(new CommentAdded(EntityRef.activity(activity), plan, "Ersättare på plats", LocalDate.parse("2022-07-31"),
                "chef", null));
        events.add(new MonthReported(EntityRef.activity(activity), plan, YearMonth.parse("2022-07"), MonthMark.FALLING,
                LocalDate.parse("2022-07-31"), "chef", null));
        events.add(new DecisionRecorded(plan, REVISED, LocalDate.parse("2022-02-10"), "admin", null));
        events.add(new IndicatorDefined(flow, goal, plan, "Nya företag", "st", new Baseline(null, "Förra årets antal",
                null), null, null, JAN, "admin", null, IndicatorKind.FLOW, List.of(new YearTarget(2022, BigDecimal.TEN))));
        events.add(new IndicatorRevised(flow, plan, LocalDate.parse("2022-12-31"), List.of(new YearTarget(2022,
                new BigDecimal("90"))), REVISED, "budget", LocalDate.parse("2022-02-10"), "admin", null));
        events.add(new MeasurementRecorded(flow, plan, null, false, "Bedömning år 1", LocalDate.parse("2022-06-30"),
                "chef", null, Judgement.AT_RISK, "chef"));
        events.add(new IndicatorDefined(fetched, goal, plan, "Bygglov", "st", null, new Target(null,
                TargetDirection.INCREASE, null, null), "Kolada", JAN, "admin", null, null, null, kolada));
        events.add(new MeasurementRecorded(fetched, plan, new BigDecimal("12.1"), false, null,
                LocalDate.parse("2022-06-30"), "kolada", null, null, null, MeasurementSource.KOLADA, kolada));
        events.add(new PrognosisRuleChanged(plan, false, new BigDecimal("0.4"), REVISED, "egen regel",
                LocalDate.parse("2022-02-10"), "admin", null));
        events.add(new ReportCalendarAdopted(plan, List.of(new ReportOccasion("Delår", LocalDate.parse("2022-08-31"))), true,
                REVISED, "kalender", LocalDate.parse("2022-02-10"), "admin", null));
        events.add(new ReportIssued(plan, "r1", "Delårsrapport", LocalDate.parse("2022-08-31"), "admin", null));
        events.add(new DecisionRecorded(plan, ADOPTED_REPORT, LocalDate.parse("2022-09-26"), "admin", null, "r1"));

        String goalComment = eventId.apply(events.size());
        events.add(new CommentAdded(EntityRef.goal(goal), plan, "Eleven X på Skolgatan", LocalDate.parse("2022-08-01"),
                "chef", null));
        events.add(new TextRedacted(plan, EntityRef.goal(goal), goalComment, "text", "GDPR",
                LocalDate.parse("2022-09-01"), "admin"));

        // a board's goal contributing to this plan's goal: the rebuilt view reads other plans as the tables do
        events.add(new PlanRegistered(board, "Roundtrip kommun", "Nämndplan", JAN, LocalDate.parse("2022-12-31"), JAN,
                "admin", null, PlanLevel.BOARD));
        events.add(new GoalDefined(boardGoal, board, null, "Nämndens mål", "Skola", true, List.of(), List.of(), null, JAN,
                "admin", null));
        events.add(new GoalRevised(boardGoal, board, null, null, REVISED, "bidrar", LocalDate.parse("2022-02-10"), "admin",
                null, List.of(goal), null, null, null, null));
        return events;
    }
}
