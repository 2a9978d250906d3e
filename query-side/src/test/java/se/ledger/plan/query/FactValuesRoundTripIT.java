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

    private static final LocalDate JAN = EveryEventType.JAN;
    private static final DecisionRef REVISED = EveryEventType.REVISED;

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
    private long position = 3_000_000;
    private final EveryEventType every = new EveryEventType(id, i -> id + "-e" + (3_000_000 + i));
    private final GoalId parent = every.parent;
    private final GoalId goal = every.goal;
    private final ActivityId activity = every.activity;
    private final Set<Class<?>> projected = new HashSet<>();

    @Test
    void everyFieldOfEveryEventTypeReachesTheAnswers() {
        for (LedgerEvent event : every.events()) {
            project(event);
            if (event instanceof TextRedacted redaction) {
                redactedTexts.on(redaction);
            }
        }
        var kolada = every.kolada;
        var boardGoal = every.boardGoal;

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
            // the mapper the offline verifier uses, not Spring's: the rebuilt view must still equal the tables'
            rebuild = new PlanRebuild(PlanRebuild.applicationMapper());
            firstRecorded = message.getTimestamp();
        }
        rebuild.add(event, message.getIdentifier(), position + 1, message.getTimestamp());
        projection.on(event, message, new GlobalSequenceTrackingToken(++position), ReplayStatus.REGULAR);
    }
}
