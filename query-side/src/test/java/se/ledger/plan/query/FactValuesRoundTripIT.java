package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.events.ActivityId;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.ActivityReassigned;
import se.ledger.events.ActivityRescheduled;
import se.ledger.events.ActivityStatus;
import se.ledger.events.ActivityStatusChanged;
import se.ledger.events.Baseline;
import se.ledger.events.CommentAdded;
import se.ledger.events.DecisionRecorded;
import se.ledger.events.ReportCalendarAdopted;
import se.ledger.events.ReportIssued;
import se.ledger.events.TextRedacted;
import se.ledger.events.ReportOccasion;
import se.ledger.events.DecisionRef;
import se.ledger.events.EntityKind;
import se.ledger.events.EntityRef;
import se.ledger.events.GoalDefined;
import se.ledger.events.GoalId;
import se.ledger.events.GoalRevised;
import se.ledger.events.IndicatorDefined;
import se.ledger.events.IndicatorId;
import se.ledger.events.IndicatorKind;
import se.ledger.events.IndicatorRevised;
import se.ledger.events.Judgement;
import se.ledger.events.YearTarget;
import se.ledger.events.PrognosisRuleChanged;
import se.ledger.events.IndicatorTargetRevised;
import se.ledger.events.LedgerEvent;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.MeasurementSource;
import se.ledger.events.KoladaRef;
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
import se.ledger.events.TargetDirection;
import se.ledger.plan.query.PlanViews.SeriesPoint;
import se.ledger.plan.query.api.FetchAuditTrail;
import se.ledger.plan.query.api.FetchDecisions;
import se.ledger.plan.query.api.FetchPlanHistory;
import se.ledger.plan.query.api.FetchPrognoses;
import se.ledger.plan.query.api.FindPlan;
import se.ledger.platform.EventCatalogue;
import se.ledger.plan.query.api.FetchReportCalendar;
import se.ledger.plan.query.api.FetchReports;
import se.ledger.platform.test.TestDatabase;
import se.ledger.query.QuerySideApplication;

/**
 * Every event type of the catalogue, projected on a real PostgreSQL and read back through the
 * queries: each field an event carries shows in the answer. A field renamed in an event (or in
 * {@link FactValues}) reads back as null here instead of silently blanking a page.
 */
@SpringBootTest(classes = QuerySideApplication.class)
@ActiveProfiles("it")
@Import(TestDatabase.class)
class FactValuesRoundTripIT {

    private static final LocalDate JAN = LocalDate.parse("2022-01-01");
    private static final DecisionRef ADOPTED = new DecisionRef("d1", "Kommunfullmäktige", LocalDate.parse("2022-01-15"),
            "§ 12", "Verksamhetsplan");
    private static final DecisionRef REVISED = new DecisionRef("d2", "Kommunstyrelsen", LocalDate.parse("2022-02-10"),
            "§ 40", "Revidering");
    private static final DecisionRef ADOPTED_REPORT = new DecisionRef("d3", "Kommunstyrelsen",
            LocalDate.parse("2022-09-26"), "§ 91", "Delårsrapport");

    @Autowired
    PlanProjection projection;
    @Autowired
    PlanQueries queries;
    @Autowired
    AuditQueries audit;
    @Autowired
    RedactedTexts redactedTexts;
    @Autowired
    ObjectMapper json;
    private PlanRebuild rebuild;

    private final String id = "rt-" + UUID.randomUUID();
    private final PlanId plan = new PlanId(id);
    private final GoalId parent = new GoalId(id + "-g0");
    private final GoalId goal = new GoalId(id + "-g1");
    private final IndicatorId indicator = new IndicatorId(id + "-i");
    private final ActivityId activity = new ActivityId(id + "-a");
    private final Set<Class<?>> projected = new HashSet<>();
    private long position = 3_000_000;

    @Test
    void everyFieldOfEveryEventTypeReachesTheAnswers() {
        project(new PlanRegistered(plan, "Roundtrip kommun", "Plan R", JAN, LocalDate.parse("2022-12-31"), JAN, "admin",
                null, PlanLevel.ADMINISTRATION));
        project(new PlanAdopted(plan, ADOPTED, LocalDate.parse("2022-01-15"), "admin", null));
        project(new GoalDefined(parent, plan, null, "Övermål", "Samhälle", true, List.of(11), List.of("Hela"),
                "Inriktning", JAN, "admin", null));
        project(new GoalDefined(goal, plan, parent, "Delmål", "Skola", false, List.of(3, 4), List.of("Nöjdare elever"),
                "Ambition", JAN, "admin", null));
        project(new GoalRevised(goal, plan, "Delmål reviderat", "Högre ambition", REVISED, "nytt beslut",
                LocalDate.parse("2022-02-10"), "admin", null, null, LocalDate.parse("2022-12-31"), "Syfte",
                List.of("Strategi"), List.of("Risk")));
        project(new IndicatorDefined(indicator, goal, plan, "Nöjda elever", "%",
                new Baseline(new BigDecimal("60"), LocalDate.parse("2021-12-31")),
                new Target(new BigDecimal("80"), null, null, LocalDate.parse("2022-12-31")), "Enkät", JAN, "admin", null));
        project(new IndicatorTargetRevised(indicator, plan, new Target(new BigDecimal("85"), null, null,
                LocalDate.parse("2022-12-31")), REVISED, "höjt", LocalDate.parse("2022-02-10"), "admin", null));
        project(new MeasurementRecorded(indicator, plan, new BigDecimal("70.5"), false, "vårens enkät",
                LocalDate.parse("2022-06-30"), "chef", null));
        project(new MeasurementRecorded(indicator, plan, null, true, null, LocalDate.parse("2022-07-31"), "chef", null));
        project(new ActivityPlanned(activity, plan, List.of(goal), "Mentorer", "Mentorer för nya elever",
                new Responsible("Anna", "Skolan"), List.of("Fritid"), LocalDate.parse("2022-02-01"),
                LocalDate.parse("2022-11-30"), "Alla har en mentor", JAN, "chef", null));
        project(new ActivityRescheduled(activity, plan, LocalDate.parse("2022-03-01"), LocalDate.parse("2022-12-15"),
                "senare start", LocalDate.parse("2022-02-15"), "chef", null));
        project(new ActivityReassigned(activity, plan, new Responsible("Bo", "Elevhälsan"), "ny ansvarig",
                LocalDate.parse("2022-02-15"), "chef", null));
        project(new ActivityStatusChanged(activity, plan, ActivityStatus.DEVIATING, "Två sjukskrivna",
                LocalDate.parse("2022-07-31"), "chef", null));
        project(new PrognosisStated(goal, plan, Prognosis.PARTLY_MET, "Efter plan", LocalDate.parse("2022-07-31"), "chef",
                null));
        project(new CommentAdded(EntityRef.activity(activity), plan, "Ersättare på plats", LocalDate.parse("2022-07-31"),
                "chef", null));
        project(new MonthReported(EntityRef.activity(activity), plan, YearMonth.parse("2022-07"), MonthMark.FALLING,
                LocalDate.parse("2022-07-31"), "chef", null));
        project(new DecisionRecorded(plan, REVISED, LocalDate.parse("2022-02-10"), "admin", null));
        var flow = new IndicatorId(id + "-flow");
        project(new IndicatorDefined(flow, goal, plan, "Nya företag", "st", new Baseline(null, "Förra årets antal",
                null), null, null, JAN, "admin", null, IndicatorKind.FLOW, List.of(new YearTarget(2022, BigDecimal.TEN))));
        project(new IndicatorRevised(flow, plan, LocalDate.parse("2022-12-31"), List.of(new YearTarget(2022,
                new BigDecimal("90"))), REVISED, "budget", LocalDate.parse("2022-02-10"), "admin", null));
        project(new MeasurementRecorded(flow, plan, null, false, "Bedömning år 1", LocalDate.parse("2022-06-30"),
                "chef", null, Judgement.AT_RISK, "chef"));
        var fetched = new IndicatorId(id + "-kolada");
        var kolada = new KoladaRef("N00945", "0665");
        project(new IndicatorDefined(fetched, goal, plan, "Bygglov", "st", null, new Target(null,
                TargetDirection.INCREASE, null, null), "Kolada", JAN, "admin", null, null, null, kolada));
        project(new MeasurementRecorded(fetched, plan, new BigDecimal("12.1"), false, null,
                LocalDate.parse("2022-06-30"), "kolada", null, null, null, MeasurementSource.KOLADA, kolada));
        project(new PrognosisRuleChanged(plan, false, new BigDecimal("0.4"), REVISED, "egen regel",
                LocalDate.parse("2022-02-10"), "admin", null));
        project(new ReportCalendarAdopted(plan, List.of(new ReportOccasion("Delår", LocalDate.parse("2022-08-31"))), true,
                REVISED, "kalender", LocalDate.parse("2022-02-10"), "admin", null));
        project(new ReportIssued(plan, "r1", "Delårsrapport", LocalDate.parse("2022-08-31"), "admin", null));
        project(new DecisionRecorded(plan, ADOPTED_REPORT, LocalDate.parse("2022-09-26"), "admin", null, "r1"));

        String goalComment = id + "-e" + position;
        project(new CommentAdded(EntityRef.goal(goal), plan, "Eleven X på Skolgatan", LocalDate.parse("2022-08-01"),
                "chef", null));
        var redaction = new TextRedacted(plan, EntityRef.goal(goal), goalComment, "text", "GDPR",
                LocalDate.parse("2022-09-01"), "admin");
        project(redaction);
        redactedTexts.on(redaction);

        // a board's goal contributing to this plan's goal: the rebuilt view reads other plans as the tables do
        var board = new PlanId(id + "-board");
        var boardGoal = new GoalId(id + "-board-g");
        project(new PlanRegistered(board, "Roundtrip kommun", "Nämndplan", JAN, LocalDate.parse("2022-12-31"), JAN,
                "admin", null, PlanLevel.BOARD));
        project(new GoalDefined(boardGoal, board, null, "Nämndens mål", "Skola", true, List.of(), List.of(), null, JAN,
                "admin", null));
        project(new GoalRevised(boardGoal, board, null, null, REVISED, "bidrar", LocalDate.parse("2022-02-10"), "admin",
                null, List.of(goal), null, null, null, null));

        assertThat(projected).as("every event type of the catalogue is projected here")
                .containsExactlyInAnyOrderElementsOf(EventCatalogue.classesByName().values());

        var asOf = Instant.now();
        var validAt = LocalDate.parse("2022-08-31");
        var view = queries.handle(new FindPlan(id, asOf, validAt));
        assertThat(List.of(view.title(), view.organisation(), view.periodStart(), view.periodEnd()))
                .containsExactly("Plan R", "Roundtrip kommun", JAN, LocalDate.parse("2022-12-31"));
        assertThat(view.adoption().body()).isEqualTo("Kommunfullmäktige");
        assertThat(view.level()).isEqualTo(PlanLevel.ADMINISTRATION);

        var top = view.goals().get(0);
        assertThat(List.of(top.title(), top.area(), top.direction(), top.sdgs(), top.desiredEffects(), top.ambition()))
                .containsExactly("Övermål", "Samhälle", true, List.of(11), List.of("Hela"), "Inriktning");
        var sub = top.goals().get(0);
        assertThat(List.of(sub.title(), sub.area(), sub.direction(), sub.sdgs(), sub.desiredEffects(), sub.ambition(),
                sub.parentGoalId(), sub.statedPrognosis(), sub.prognosisMotivation())).containsExactly("Delmål reviderat",
                "Skola", false, List.of(3, 4), List.of("Nöjdare elever"), "Högre ambition", parent.value(),
                Prognosis.PARTLY_MET, "Efter plan");
        assertThat(List.of(sub.validTo(), sub.purpose(), sub.strategies(), sub.risks()))
                .containsExactly(LocalDate.parse("2022-12-31"), "Syfte", List.of("Strategi"), List.of("Risk"));

        var i = sub.indicators().get(0);
        assertThat(List.of(i.name(), i.unit(), i.source(), i.baseline().value(), i.baseline().date(), i.target().value(),
                i.target().date())).containsExactly("Nöjda elever", "%", "Enkät", new BigDecimal("60"),
                LocalDate.parse("2021-12-31"), new BigDecimal("85"), LocalDate.parse("2022-12-31"));
        assertThat(i.latest().noNewData()).isTrue();
        assertThat(i.series()).containsExactly(
                new SeriesPoint(LocalDate.parse("2022-06-30"), new BigDecimal("70.5"), false, "vårens enkät"),
                new SeriesPoint(LocalDate.parse("2022-07-31"), null, true, null));

        var f = sub.indicators().get(1);
        assertThat(List.of(f.kind(), f.baseline().text(), f.targets(), f.yearTarget(), f.validTo(),
                f.latest().assessment(), f.latest().text(), f.latest().assessedBy())).containsExactly(
                IndicatorKind.FLOW, "Förra årets antal", List.of(new YearTarget(2022, new BigDecimal("90"))),
                new BigDecimal("90"), LocalDate.parse("2022-12-31"), Judgement.AT_RISK, "Bedömning år 1", "chef");

        var k = sub.indicators().get(2);
        assertThat(List.of(k.kolada(), k.latest().source(), k.series().get(0).source())).containsExactly(kolada,
                MeasurementSource.KOLADA, MeasurementSource.KOLADA);

        var a = sub.activities().get(0);
        assertThat(List.of(a.title(), a.description(), a.status(), a.explanation(), a.responsible(), a.partners(),
                a.start(), a.end(), a.desiredState(), a.goalIds(), a.latestComment().text())).containsExactly("Mentorer",
                "Mentorer för nya elever", "DEVIATING", "Två sjukskrivna", new Responsible("Bo", "Elevhälsan"),
                List.of("Fritid"), LocalDate.parse("2022-03-01"), LocalDate.parse("2022-12-15"), "Alla har en mentor",
                List.of(goal.value()), "Ersättare på plats");

        var prognosis = queries.handle(new FetchPrognoses(id, asOf, validAt)).prognoses().stream()
                .filter(p -> p.goalId().equals(goal.value())).findFirst().orElseThrow();
        assertThat(List.of(prognosis.title(), prognosis.stated(), prognosis.motivation()))
                .containsExactly("Delmål reviderat", Prognosis.PARTLY_MET, "Efter plan");
        var rule = queries.handle(new FetchPrognoses(id, asOf, validAt)).rule();
        assertThat(List.of(rule.activitiesMayLower(), rule.notMetShare(), rule.decision(), rule.effectiveFrom()))
                .containsExactly(false, new BigDecimal("0.4"), REVISED, LocalDate.parse("2022-02-10"));

        var july = queries.handle(new FetchPlanHistory(id, 2022, asOf)).rows().stream()
                .filter(r -> r.id().equals(activity.value())).findFirst().orElseThrow().months().get(6);
        assertThat(List.of(july.mark(), july.comments())).containsExactly("FALLING", List.of("Ersättare på plats"));

        assertThat(queries.handle(new FetchDecisions(id, asOf))).extracting(d -> d.decision().decisionId(),
                d -> d.approvesReport()).containsExactly(tuple("d1", null), tuple("d2", null), tuple("d3", "r1"));
        var report = audit.handle(new FetchReports(id, asOf)).get(0);
        assertThat(List.of(report.reportId(), report.planId(), report.title(), report.reportDate(), report.actor()))
                .containsExactly("r1", id, "Delårsrapport", LocalDate.parse("2022-08-31"), "admin");
        assertThat(report.approvedBy()).extracting(DecisionRef::decisionId).containsExactly("d3");
        var calendar = audit.handle(new FetchReportCalendar(id, asOf)).orElseThrow();
        assertThat(List.of(calendar.monthly(), calendar.reason(), calendar.occasions().get(0).title(),
                calendar.occasions().get(0).reportDate(), calendar.decision().decisionId()))
                .containsExactly(true, "kalender", "Delår", LocalDate.parse("2022-08-31"), "d2");
        assertThat(view.title()).as("a report is not the plan's definition").isEqualTo("Plan R");
        var goalTrail = queries.handle(new FetchAuditTrail(EntityKind.GOAL, goal.value())).toString();
        assertThat(goalTrail).as("a redacted text reads as why it went").contains("[borttaget: GDPR]")
                .doesNotContain("Skolgatan").contains("TextRedacted");

        assertThat(queries.handle(new FindPlan(id, Instant.now(), validAt)).goals().get(0).goals().get(0)
                .contributions()).extracting(c -> c.goalId()).containsExactly(boardGoal.value());
        for (var date : List.of(validAt, LocalDate.parse("2022-02-12"), LocalDate.parse("2022-12-31"))) {
            for (var known : List.of(Instant.now(), firstRecorded.plusNanos(1000))) {
                var fromTables = queries.handle(new FindPlan(id, known, date));
                JsonNode rebuilt = json.valueToTree(rebuild.view(id, known, date, LocalDate.now()));
                assertThat(rebuilt).as("the plan rebuilt in memory from the same events, at %s / %s", known, date)
                        .isEqualTo(json.valueToTree(fromTables));
            }
        }
    }

    private Instant firstRecorded;

    private void project(LedgerEvent event) {
        projected.add(event.getClass());
        var message = new GenericEventMessage<>(id + "-e" + position, event, Map.of(), Instant.now());
        if (rebuild == null) {
            rebuild = new PlanRebuild(json);
            firstRecorded = message.getTimestamp();
        }
        rebuild.add(event, message.getIdentifier(), position + 1, message.getTimestamp());
        projection.on(event, message, new GlobalSequenceTrackingToken(++position), ReplayStatus.REGULAR);
    }
}
