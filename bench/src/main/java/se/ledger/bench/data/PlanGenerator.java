package se.ledger.bench.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.ledger.events.ActivityId;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.ActivityStatus;
import se.ledger.events.ActivityStatusChanged;
import se.ledger.events.Baseline;
import se.ledger.events.CommentAdded;
import se.ledger.events.DecisionRef;
import se.ledger.events.EntityKind;
import se.ledger.events.EntityRef;
import se.ledger.events.GoalDefined;
import se.ledger.events.GoalId;
import se.ledger.events.IndicatorDefined;
import se.ledger.events.IndicatorId;
import se.ledger.events.IndicatorKind;
import se.ledger.events.Judgement;
import se.ledger.events.LedgerEvent;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.MonthMark;
import se.ledger.events.MonthReported;
import se.ledger.events.PlanAdopted;
import se.ledger.events.PlanId;
import se.ledger.events.PlanLevel;
import se.ledger.events.PlanRegistered;
import se.ledger.events.Prognosis;
import se.ledger.events.PrognosisStated;
import se.ledger.events.Responsible;
import se.ledger.events.Target;
import se.ledger.events.YearTarget;

/**
 * Municipalities' plans of the shape real ones have (a board's plan for 2024–2027: five
 * målområden of one goal and three sub-goals each, two indicators per goal with yearly targets and
 * half-yearly measurements, 300 activities with statuses, comments and month marks, prognoses),
 * deterministic for a plan index, so the bench's size parameter only changes the number of plans.
 * Every tenth plan is a council's (kommunfullmäktige); the nine after it are its boards', whose first
 * goal contributes to the council's first goal, as nämnder's goals do to fullmäktige's.
 */
public final class PlanGenerator {

    /** Plans per municipality: the council's, whose first goal the boards' first goals contribute to. */
    static final int PLANS_PER_MUNICIPALITY = 10;

    public static final LocalDate PERIOD_START = LocalDate.of(2024, 1, 1);
    public static final LocalDate PERIOD_END = LocalDate.of(2027, 12, 31);
    static final int AREAS = 5;
    static final int SUB_GOALS = 3;
    static final int INDICATORS_PER_GOAL = 2;
    public static final int ACTIVITIES = 300;
    private static final String ACTOR = "generator";
    private static final String[] MUNICIPALITIES = {"Vaggeryd", "Jönköping", "Gislaved", "Värnamo", "Tranås",
        "Eksjö", "Nässjö", "Vetlanda", "Sävsjö", "Gnosjö", "Habo", "Mullsjö", "Aneby"};
    private static final String[] BOARDS = {"Socialnämnden", "Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden",
        "Tekniska nämnden", "Kommunstyrelsen", "Miljö- och byggnämnden"};
    private static final String[] AREA_NAMES = {"Hållbar samhällsutveckling", "Trygghet och hälsa",
        "Lärande och kompetens", "Attraktiv arbetsgivare", "Effektiv verksamhet"};
    private static final ActivityStatus[] LAST = {ActivityStatus.ON_TRACK, ActivityStatus.ON_TRACK,
        ActivityStatus.ON_TRACK, ActivityStatus.DEVIATING, ActivityStatus.COMPLETED};

    private final Map<String, Long> sequences = new HashMap<>();
    private Consumer<StoredEvent> out;

    /** A plan's id: every generated entity's id starts with it. */
    public static String planId(int index) {
        return "p" + index;
    }

    /** An activity whose last status is ON_TRACK, so a bench write to it changes its status. */
    public static String openActivity(int planIndex) {
        return planId(planIndex) + "-a1";
    }

    /** The events one full plan generates (counted, not estimated: the bench sizes plans by it). */
    public static int eventsPerPlan() {
        int[] count = {0};
        new PlanGenerator().plan(0, e -> count[0]++, Directory.NONE);
        return count[0];
    }

    /** The full plans that make up about {@code events} events (at least one). */
    public static int plansFor(long events) {
        return (int) Math.max(1, Math.round((double) events / eventsPerPlan()));
    }

    public void plan(int index, Consumer<StoredEvent> events, Directory directory) {
        sequences.clear();
        out = events;
        String id = planId(index);
        PlanId plan = new PlanId(id);
        String municipality = MUNICIPALITIES[index / PLANS_PER_MUNICIPALITY % MUNICIPALITIES.length];
        directory.plan(id, PERIOD_START, PERIOD_END);
        directory.entity(id, EntityKind.PLAN, id, null);
        emit(id, "PlanAggregate", new PlanRegistered(plan, municipality + " kommun, "
                + (council(index) ? "Kommunfullmäktige" : BOARDS[index % BOARDS.length]),
                "Verksamhetsplan 2024–2027 (" + index + ")", PERIOD_START, PERIOD_END, PERIOD_START, ACTOR, null,
                council(index) ? PlanLevel.COUNCIL : PlanLevel.BOARD));
        emit(id, "PlanAggregate", new PlanAdopted(plan, new DecisionRef("KF-" + index, "Kommunfullmäktige",
                LocalDate.of(2023, 11, 20), String.valueOf(100 + index % 50), "Verksamhetsplan 2024–2027"),
                PERIOD_START, ACTOR, null));
        int activity = 0;
        for (int area = 1; area <= AREAS; area++) {
            String top = id + "-g" + area;
            goal(plan, top, null, AREA_NAMES[area - 1], area, directory,
                    !council(index) && area == 1 ? List.of(new GoalId(planId(councilOf(index)) + "-g1")) : null);
            for (int sub = 1; sub <= SUB_GOALS; sub++) {
                String goal = top + "." + sub;
                goal(plan, goal, top, AREA_NAMES[area - 1], area, directory, null);
                int perGoal = ACTIVITIES / (AREAS * SUB_GOALS);
                for (int a = 0; a < perGoal; a++) {
                    activity(plan, id + "-a" + ++activity, goal, activity, directory);
                }
            }
        }
    }

    /** A plan as cheap as the list of plans can show: registered, one goal (for /api/plans at 1 000 plans). */
    public void cheapPlan(int index, Consumer<StoredEvent> events, Directory directory) {
        sequences.clear();
        out = events;
        String id = "c" + index;
        directory.plan(id, PERIOD_START, PERIOD_END);
        directory.entity(id, EntityKind.PLAN, id, null);
        emit(id, "PlanAggregate", new PlanRegistered(new PlanId(id), MUNICIPALITIES[index % MUNICIPALITIES.length]
                + " kommun, " + BOARDS[index % BOARDS.length], "Verksamhetsplan " + index, PERIOD_START, PERIOD_END,
                PERIOD_START, ACTOR, null, PlanLevel.UNIT));
        String goal = id + "-g1";
        directory.entity(goal, EntityKind.GOAL, id, null);
        emit(goal, "GoalAggregate", new GoalDefined(new GoalId(goal), new PlanId(id), null, "Nöjda invånare",
                AREA_NAMES[0], true, List.of(), List.of(), null, PERIOD_START, ACTOR, null));
    }

    private void goal(PlanId plan, String goal, String parent, String area, int areaNumber, Directory directory,
            List<GoalId> contributesTo) {
        directory.entity(goal, EntityKind.GOAL, plan.value(), parent);
        if (contributesTo != null) {
            contributesTo.forEach(target -> directory.contribution(goal, target.value()));
        }
        GoalId goalId = new GoalId(goal);
        emit(goal, "GoalAggregate", new GoalDefined(goalId, plan, parent == null ? null : new GoalId(parent),
                (parent == null ? "Målområde " + areaNumber + ": " : "Mål ") + area + " " + goal, area, parent == null,
                List.of(3, 11), List.of("Fler invånare upplever trygghet", "Minskade skillnader"),
                "Andelen ska öka varje år", PERIOD_START, ACTOR, null, contributesTo,
                "Syftet är att följa upp " + area.toLowerCase(), List.of("Samverkan", "Tidiga insatser"),
                List.of("Bemanning")));
        for (int i = 1; i <= INDICATORS_PER_GOAL; i++) {
            indicator(plan, goal + "-i" + i, goalId, i, directory);
        }
        Prognosis[] prognoses = Prognosis.values();
        for (int year = 2024; year <= 2026; year++) {
            emit(goal, "GoalAggregate", new PrognosisStated(goalId, plan, prognoses[(year + goal.length()) % 3],
                    "Bedömning efter delårsbokslutet " + year, LocalDate.of(year, 8, 31), ACTOR, null));
        }
        for (int month = 1; month <= 6; month++) {
            emit(goal, "GoalAggregate", new MonthReported(EntityRef.goal(goalId), plan, YearMonth.of(2026, month),
                    MonthMark.values()[(month + goal.length()) % 3], LocalDate.of(2026, month, 28), ACTOR, null));
        }
    }

    private void indicator(PlanId plan, String indicator, GoalId goal, int n, Directory directory) {
        directory.entity(indicator, EntityKind.INDICATOR, plan.value(), null);
        IndicatorId indicatorId = new IndicatorId(indicator);
        emit(indicator, "IndicatorAggregate", new IndicatorDefined(indicatorId, goal, plan,
                n == 1 ? "Andel nöjda brukare" : "Sjukfrånvaro", "%", new Baseline(BigDecimal.valueOf(70), LocalDate.of(2023, 12, 31)),
                new Target(BigDecimal.valueOf(85), null, null, LocalDate.of(2027, 12, 31)), "Kolada", PERIOD_START, ACTOR, null,
                IndicatorKind.LEVEL, List.of(new YearTarget(2024, BigDecimal.valueOf(74)),
                        new YearTarget(2025, BigDecimal.valueOf(78)), new YearTarget(2026, BigDecimal.valueOf(82)),
                        new YearTarget(2027, BigDecimal.valueOf(85)))));
        Judgement[] judgements = Judgement.values();
        for (int i = 0; i < 6; i++) {
            LocalDate at = LocalDate.of(2024 + i / 2, i % 2 == 0 ? 6 : 12, 30);
            emit(indicator, "IndicatorAggregate", new MeasurementRecorded(indicatorId, plan,
                    BigDecimal.valueOf(70 + 2 * i + n), false, i % 3 == 0 ? "Enligt Kolada" : null, at, ACTOR, null,
                    judgements[(i + n) % 3], "Kvalitetsstrateg"));
        }
    }

    private void activity(PlanId plan, String activity, String goal, int n, Directory directory) {
        directory.entity(activity, EntityKind.ACTIVITY, plan.value(), null);
        ActivityId activityId = new ActivityId(activity);
        emit(activity, "ActivityAggregate", new ActivityPlanned(activityId, plan, List.of(new GoalId(goal)),
                "Aktivitet " + n + ": utveckla arbetssätt", "Beskrivning av aktiviteten " + activity,
                new Responsible("Handläggare " + n % 17, "Enhet " + n % 5), List.of("Regionen"),
                LocalDate.of(2024, 2, 1), LocalDate.of(2027, 6, 30), "Arbetssättet används i hela verksamheten",
                PERIOD_START, ACTOR, null));
        status(plan, activityId, ActivityStatus.NOT_STARTED, LocalDate.of(2024, 2, 1));
        status(plan, activityId, ActivityStatus.ON_TRACK, LocalDate.of(2024, 9, 30));
        status(plan, activityId, ActivityStatus.DEVIATING, LocalDate.of(2025, 3, 31));
        status(plan, activityId, n == 1 ? ActivityStatus.ON_TRACK : LAST[n % LAST.length], LocalDate.of(2025, 9, 30));
        emit(activity, "ActivityAggregate", new CommentAdded(EntityRef.activity(activityId), plan,
                "Arbetet följer tidplanen efter omprioritering", LocalDate.of(2025, 10, 15), ACTOR, null));
        for (int month = 4; month <= 5; month++) {
            emit(activity, "ActivityAggregate", new MonthReported(EntityRef.activity(activityId), plan,
                    YearMonth.of(2026, month), MonthMark.values()[(n + month) % 3], LocalDate.of(2026, month, 28),
                    ACTOR, null));
        }
    }

    private void status(PlanId plan, ActivityId activity, ActivityStatus status, LocalDate at) {
        emit(activity.value(), "ActivityAggregate", new ActivityStatusChanged(activity, plan, status,
                status.needsExplanation() ? "Försenad leverans från upphandlingen" : null, at, ACTOR, null));
    }

    private void emit(String aggregate, String type, LedgerEvent event) {
        long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
        out.accept(new StoredEvent(aggregate, sequence, type, event));
    }

    static boolean council(int index) {
        return index % PLANS_PER_MUNICIPALITY == 0;
    }

    static int councilOf(int index) {
        return index - index % PLANS_PER_MUNICIPALITY;
    }
}
