package se.ledger.goal.command;

import static org.hamcrest.Matchers.containsString;
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
import se.ledger.events.Correction;
import se.ledger.events.DecisionRef;
import se.ledger.events.EntityRef;
import se.ledger.events.GoalDefined;
import se.ledger.events.GoalId;
import se.ledger.events.GoalRevised;
import se.ledger.events.MonthMark;
import se.ledger.events.MonthReported;
import se.ledger.events.PlanId;
import se.ledger.events.Prognosis;
import se.ledger.events.PrognosisStated;

class GoalAggregateTest {

    private static final GoalId G3 = new GoalId("g3");
    private static final PlanId P1 = new PlanId("p1");
    private static final DecisionRef KS_91 = new DecisionRef(null, "KS", date("2022-09-26"), "91", null);

    private AggregateTestFixture<GoalAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture(GoalAggregate.class);
    }

    private static DefineGoal define(GoalId parent, boolean direction) {
        return new DefineGoal(G3, P1, parent, "Lokalförsörjning", "Tillväxt", direction, List.of(11),
                List.of("En strategisk plan finns"), direction ? null : "Plan antagen 2022", null, "admin");
    }

    private static GoalDefined defined(boolean direction) {
        return new GoalDefined(G3, P1, null, "Lokalförsörjning", "Tillväxt", direction, List.of(11),
                List.of("En strategisk plan finns"), direction ? null : "Plan antagen 2022", date("2022-01-01"),
                "admin", null);
    }

    @Test
    void canDefineGoalEffectiveFromThePlanStart() {
        fixture.givenNoPriorActivity().when(define(null, false)).expectEvents(defined(false));
    }

    @Test
    void canDefineSubGoalUnderGoalOfTheSamePlan() {
        fixture.givenNoPriorActivity()
                .when(define(new GoalId("g1"), false))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotDefineSubGoalUnderGoalOfAnotherPlan() {
        fixture.givenNoPriorActivity()
                .when(define(new GoalId("other"), false))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotDefineGoalInUnknownPlan() {
        fixture.givenNoPriorActivity()
                .when(new DefineGoal(G3, new PlanId("nope"), null, "x", null, false, List.of(), List.of(), null,
                        null, "admin"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canCorrectTheDefinitionItself() {
        var executor = fixture.given(defined(false));
        var correction = new Correction(eventId(fixture, "g3", 0), "Fel titel");
        executor.when(Commands.message(
                new DefineGoal(G3, P1, null, "Lokalförsörjning och lokalplanering", "Tillväxt", false,
                        List.of(11), List.of("En strategisk plan finns"), "Plan antagen 2022", null, "admin",
                        correction, null)))
                .expectEvents(new GoalDefined(G3, P1, null, "Lokalförsörjning och lokalplanering", "Tillväxt", false,
                        List.of(11), List.of("En strategisk plan finns"), "Plan antagen 2022", date("2022-01-01"),
                        "admin", correction));
    }

    @Test
    void cannotCorrectARevisionWithADefinition() {
        var executor = fixture.given(defined(false), new GoalRevised(G3, P1, null, "Ny", KS_91, "x",
                date("2022-09-26"), "admin", null));
        executor.when(Commands.message(
                new DefineGoal(G3, P1, null, "x", null, false, List.of(), List.of(), null, null, "admin",
                        new Correction(eventId(fixture, "g3", 1), "fel"), null)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotMakeAGoalItsOwnParent() {
        var executor = fixture.given(defined(false));
        executor.when(Commands.message(
                new DefineGoal(G3, P1, G3, "x", null, false, List.of(), List.of(), null, null, "admin",
                        new Correction(eventId(fixture, "g3", 0), "fel"), null)))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void cannotCorrectAParentIntoACircle() {
        // g4 lies under g3 in the directory: making g3 a child of g4 would close a circle
        var executor = fixture.given(defined(false));
        executor.when(Commands.message(
                new DefineGoal(G3, P1, new GoalId("g4"), "x", null, false, List.of(), List.of(), null,
                        null, "admin", new Correction(eventId(fixture, "g3", 0), "fel"), null)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("målet 'g3' blir överordnat sig självt: kedjan av "
                        + "överordnade mål går runt i en cirkel"))
                .expectNoEvents();
    }

    @Test
    void canReviseGoalByDecision() {
        fixture.given(defined(false))
                .when(new ReviseGoal(G3, null, "Plan antagen 2023", KS_91, "Försenad upphandling", null, "admin",
                        null, null))
                .expectEvents(new GoalRevised(G3, P1, null, "Plan antagen 2023", KS_91, "Försenad upphandling",
                        date("2022-09-26"), "admin", null));
    }

    @Test
    void cannotReviseGoalWithoutNamingTheDecision() {
        var noParagraph = new DecisionRef(null, "KS", date("2022-09-26"), null, null);
        fixture.given(defined(false))
                .when(new ReviseGoal(G3, null, "Plan antagen 2023", noParagraph, "x", null, "admin", null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotReviseGoalWithNothingToChange() {
        fixture.given(defined(false))
                .when(new ReviseGoal(G3, null, null, KS_91, "x", null, "admin", null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canStatePrognosisWithMotivation() {
        fixture.given(defined(false))
                .when(new StateGoalPrognosis(G3, Prognosis.PARTLY_MET, "Upphandlingen är försenad",
                        date("2022-08-31"), ACTOR, null, null))
                .expectEvents(new PrognosisStated(G3, P1, Prognosis.PARTLY_MET, "Upphandlingen är försenad",
                        date("2022-08-31"), ACTOR, null));
    }

    @Test
    void cannotStatePrognosisForDirectionGoal() {
        fixture.given(defined(true))
                .when(new StateGoalPrognosis(G3, Prognosis.MET, "Bra", null, ACTOR, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canCorrectStatedPrognosis() {
        var executor = fixture.given(defined(false), new PrognosisStated(G3, P1, Prognosis.MET, "Bra",
                date("2022-08-31"), ACTOR, null));
        var correction = new Correction(eventId(fixture, "g3", 1), "Fel mål bedömdes");
        executor.when(new StateGoalPrognosis(G3, Prognosis.NOT_MET, "Inget har hänt", date("2022-08-31"), ACTOR,
                        correction, null))
                .expectEvents(new PrognosisStated(G3, P1, Prognosis.NOT_MET, "Inget har hänt", date("2022-08-31"),
                        ACTOR, correction));
    }

    @Test
    void cannotCorrectWithoutReason() {
        var executor = fixture.given(defined(false), new PrognosisStated(G3, P1, Prognosis.MET, "Bra",
                date("2022-08-31"), ACTOR, null));
        executor.when(new StateGoalPrognosis(G3, Prognosis.NOT_MET, "x", null, ACTOR,
                        new Correction(eventId(fixture, "g3", 1), " "), null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void canReportGoalMonth() {
        fixture.given(defined(false))
                .when(new ReportGoalMonth(G3, YearMonth.of(2022, 8), MonthMark.AS_PLANNED, ACTOR, null, null))
                .expectEvents(new MonthReported(EntityRef.goal(G3), P1, YearMonth.of(2022, 8), MonthMark.AS_PLANNED,
                        date("2022-08-31"), ACTOR, null));
    }

    @Test
    void canReportTheRunningMonthEffectiveToday() {
        fixture.given(defined(false))
                .when(new ReportGoalMonth(G3, YearMonth.of(2022, 9), MonthMark.FALLING, ACTOR, null, null))
                .expectEvents(new MonthReported(EntityRef.goal(G3), P1, YearMonth.of(2022, 9), MonthMark.FALLING,
                        date("2022-09-30"), ACTOR, null));
    }

    @Test
    void cannotCommentAfterToday() {
        fixture.given(defined(false))
                .when(new CommentOnGoal(G3, "x", date("2022-12-01"), ACTOR, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
