package se.ledger.activity.command;

import static se.ledger.command.Fixtures.ACTOR;
import static se.ledger.command.Fixtures.date;
import static se.ledger.command.Fixtures.eventId;

import java.time.YearMonth;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledger.command.Commands;
import se.ledger.command.Fixtures;
import se.ledger.command.RuleViolation;
import se.ledger.platform.InvalidInput;
import se.ledger.events.ActivityId;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.ActivityReassigned;
import se.ledger.events.ActivityRescheduled;
import se.ledger.events.ActivityStatus;
import se.ledger.events.ActivityStatusChanged;
import se.ledger.events.CommentAdded;
import se.ledger.events.Correction;
import se.ledger.events.EntityRef;
import se.ledger.events.GoalId;
import se.ledger.events.MonthMark;
import se.ledger.events.MonthReported;
import se.ledger.events.PlanId;
import se.ledger.events.Responsible;

class ActivityAggregateTest {

    private static final ActivityId A1 = new ActivityId("a1");
    private static final PlanId P1 = new PlanId("p1");
    private static final Responsible TORBJORN = new Responsible("Torbjörn Åkerblad", "Kommunledningskontoret");

    private AggregateTestFixture<ActivityAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture(ActivityAggregate.class);
    }

    private static PlanActivity plan(List<GoalId> goals, String start, String end) {
        return new PlanActivity(A1, P1, goals, "Workshop med berörda", null, TORBJORN, List.of("VA"),
                date(start), date(end), "Genomförs 2022", null, "admin");
    }

    private static ActivityPlanned planned() {
        return new ActivityPlanned(A1, P1, List.of(new GoalId("g1")), "Workshop med berörda", null, TORBJORN,
                List.of("VA"), date("2022-01-01"), date("2022-12-31"), "Genomförs 2022", date("2022-01-01"),
                "admin", null);
    }

    private static ActivityStatusChanged status(ActivityStatus status, String explanation, String effective) {
        return new ActivityStatusChanged(A1, P1, status, explanation, date(effective), ACTOR, null);
    }

    private static ChangeActivityStatus change(ActivityStatus status, String explanation, String effective) {
        return new ChangeActivityStatus(A1, status, explanation, effective == null ? null : date(effective), ACTOR,
                null, null);
    }

    @Test
    void canPlanActivityLinkedToGoalsOfItsPlan() {
        fixture.givenNoPriorActivity()
                .when(plan(List.of(new GoalId("g1")), "2022-01-01", "2022-12-31"))
                .expectEvents(planned());
    }

    @Test
    void cannotPlanActivityForGoalOfAnotherPlan() {
        fixture.givenNoPriorActivity()
                .when(plan(List.of(new GoalId("g1"), new GoalId("other")), "2022-01-01", "2022-12-31"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Målet other finns inte i planen p1.")
                .expectNoEvents();
    }

    @Test
    void cannotPlanActivityWithoutGoal() {
        fixture.givenNoPriorActivity()
                .when(plan(List.of(), "2022-01-01", "2022-12-31"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotPlanActivityEndingBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(plan(List.of(new GoalId("g1")), "2022-06-01", "2022-05-31"))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void canCorrectThePlanOfTheActivity() {
        var executor = fixture.given(planned());
        var correction = new Correction(eventId(fixture, "a1", 0), "Fel mål angavs");
        executor.when(Commands.message(
                new PlanActivity(A1, P1, List.of(new GoalId("g2")), "Workshop med berörda", null, TORBJORN,
                        List.of("VA"), date("2022-01-01"), date("2022-12-31"), "Genomförs 2022", null, "admin",
                        correction, null)))
                .expectEvents(new ActivityPlanned(A1, P1, List.of(new GoalId("g2")), "Workshop med berörda", null,
                        TORBJORN, List.of("VA"), date("2022-01-01"), date("2022-12-31"), "Genomförs 2022",
                        date("2022-01-01"), "admin", correction));
    }

    @Test
    void cannotCorrectThePlanOntoAGoalOfAnotherPlan() {
        var executor = fixture.given(planned());
        executor.when(Commands.message(
                new PlanActivity(A1, P1, List.of(new GoalId("other")), "x", null, TORBJORN, List.of(), null,
                        null, null, null, "admin", new Correction(eventId(fixture, "a1", 0), "fel"), null)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canReportStatusDefaultingToToday() {
        fixture.given(planned())
                .when(change(ActivityStatus.ON_TRACK, null, null))
                .expectEvents(status(ActivityStatus.ON_TRACK, null, "2022-09-30"));
    }

    @Test
    void canReportDeviationWithExplanation() {
        fixture.given(planned())
                .when(change(ActivityStatus.DEVIATING, "Konsulten sade upp avtalet", "2022-08-31"))
                .expectEvents(status(ActivityStatus.DEVIATING, "Konsulten sade upp avtalet", "2022-08-31"));
    }

    @Test
    void cannotReportDeviationWithoutExplanation() {
        fixture.given(planned())
                .when(change(ActivityStatus.DEVIATING, "  ", "2022-08-31"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotCompleteWithDeviationWithoutExplanation() {
        fixture.given(planned())
                .when(change(ActivityStatus.COMPLETED_WITH_DEVIATION, null, "2022-08-31"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotChangeStatusOfCompletedActivity() {
        fixture.given(planned(), status(ActivityStatus.COMPLETED, null, "2022-08-31"))
                .when(change(ActivityStatus.ON_TRACK, null, "2022-09-30"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotReopenCancelledActivityWithBackdatedStatus() {
        fixture.given(planned(), status(ActivityStatus.CANCELLED, null, "2022-08-31"))
                .when(change(ActivityStatus.ON_TRACK, null, "2022-05-31"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canCorrectStatusOfCompletedActivity() {
        var executor = fixture.given(planned(), status(ActivityStatus.COMPLETED, null, "2022-08-31"));
        String completed = eventId(fixture, "a1", 1);
        var correction = new Correction(completed, "Fel aktivitet markerades som klar");
        executor.when(new ChangeActivityStatus(A1, ActivityStatus.ON_TRACK, null, date("2022-08-31"), ACTOR,
                        correction, null))
                .expectEvents(new ActivityStatusChanged(A1, P1, ActivityStatus.ON_TRACK, null, date("2022-08-31"),
                        ACTOR, correction));
    }

    @Test
    void canChangeStatusAgainOnceTheCompletionIsCorrected() {
        var executor = fixture.given(planned(), status(ActivityStatus.COMPLETED, null, "2022-08-31"));
        String completed = eventId(fixture, "a1", 1);
        executor.andGiven(new ActivityStatusChanged(A1, P1, ActivityStatus.ON_TRACK, null, date("2022-08-31"),
                        ACTOR, new Correction(completed, "Fel aktivitet")))
                .when(change(ActivityStatus.DEVIATING, "Försenad leverans", "2022-09-30"))
                .expectEvents(status(ActivityStatus.DEVIATING, "Försenad leverans", "2022-09-30"));
    }

    @Test
    void cannotCorrectEventOfAnotherKind() {
        var executor = fixture.given(planned(), new CommentAdded(EntityRef.activity(A1), P1, "Klart!",
                date("2022-08-31"), ACTOR, null));
        String comment = eventId(fixture, "a1", 1);
        executor.when(new ChangeActivityStatus(A1, ActivityStatus.ON_TRACK, null, null, ACTOR,
                        new Correction(comment, "fel"), null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotCorrectEventOfAnotherEntity() {
        fixture.given(planned())
                .when(new ChangeActivityStatus(A1, ActivityStatus.ON_TRACK, null, null, ACTOR,
                        new Correction("some-other-event", "fel"), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Händelsen some-other-event hör inte till detta objekt.")
                .expectNoEvents();
    }

    @Test
    void cannotCorrectTheSameEventTwice() {
        var executor = fixture.given(planned(), status(ActivityStatus.DEVIATING, "x", "2022-08-31"));
        String deviating = eventId(fixture, "a1", 1);
        var correction = new Correction(deviating, "fel förklaring");
        executor.andGiven(new ActivityStatusChanged(A1, P1, ActivityStatus.DEVIATING, "y", date("2022-08-31"),
                        ACTOR, correction))
                .when(new ChangeActivityStatus(A1, ActivityStatus.ON_TRACK, null, date("2022-08-31"), ACTOR,
                        correction, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotReportStatusAfterToday() {
        fixture.given(planned())
                .when(change(ActivityStatus.ON_TRACK, null, "2022-10-01"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotReportStatusOutsideThePlanPeriod() {
        fixture.given(planned())
                .when(change(ActivityStatus.ON_TRACK, null, "2021-12-31"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canReportMonthEffectiveOnItsLastDay() {
        fixture.given(planned())
                .when(new ReportActivityMonth(A1, YearMonth.of(2022, 2), MonthMark.RISING, ACTOR, null, null))
                .expectEvents(new MonthReported(EntityRef.activity(A1), P1, YearMonth.of(2022, 2), MonthMark.RISING,
                        date("2022-02-28"), ACTOR, null));
    }

    @Test
    void cannotReportMonthThatHasNotBegun() {
        fixture.given(planned())
                .when(new ReportActivityMonth(A1, YearMonth.of(2022, 10), MonthMark.AS_PLANNED, ACTOR, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canCommentOnActivity() {
        fixture.given(planned())
                .when(new CommentOnActivity(A1, "Samrådstiden går ut 30 september.", date("2022-08-31"), ACTOR,
                        null, null))
                .expectEvents(new CommentAdded(EntityRef.activity(A1), P1, "Samrådstiden går ut 30 september.",
                        date("2022-08-31"), ACTOR, null));
    }

    @Test
    void canRescheduleActivity() {
        fixture.given(planned())
                .when(new RescheduleActivity(A1, date("2022-03-01"), date("2023-06-30"), "Samrådet förlängdes",
                        null, ACTOR, null, null))
                .expectEvents(new ActivityRescheduled(A1, P1, date("2022-03-01"), date("2023-06-30"),
                        "Samrådet förlängdes", date("2022-09-30"), ACTOR, null));
    }

    @Test
    void cannotRescheduleToEndBeforeStart() {
        fixture.given(planned())
                .when(new RescheduleActivity(A1, date("2022-03-01"), date("2022-02-01"), "x", null, ACTOR, null,
                        null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void canReassignActivity() {
        var magnus = new Responsible("Magnus Ljunggren", "Tekniska förvaltningen");
        fixture.given(planned())
                .when(new ReassignActivity(A1, magnus, "Ny organisation", date("2022-09-01"), ACTOR, null, null))
                .expectEvents(new ActivityReassigned(A1, P1, magnus, "Ny organisation", date("2022-09-01"), ACTOR,
                        null));
    }
}
