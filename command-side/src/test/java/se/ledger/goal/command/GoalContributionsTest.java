package se.ledger.goal.command;

import static se.ledger.command.Fixtures.date;

import java.time.Clock;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledger.command.Fixtures;
import se.ledger.command.RuleViolation;
import se.ledger.events.DecisionRef;
import se.ledger.events.EntityKind;
import se.ledger.events.GoalDefined;
import se.ledger.events.GoalId;
import se.ledger.events.GoalRevised;
import se.ledger.events.PlanId;
import se.ledger.platform.InvalidInput;

/** A goal of one plan contributing to goals of other plans (bidrar till), its texts and its last day. */
class GoalContributionsTest {

    private static final GoalId KS1 = new GoalId("ks1");
    private static final PlanId KS = new PlanId("ks2019");
    private static final DecisionRef KS_91 = new DecisionRef(null, "KS", date("2019-06-17"), "91", null);

    private AggregateTestFixture<GoalAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GoalAggregate.class);
        fixture.registerInjectableResource(Fixtures.directory()
                .plan("kf", "2015-01-01", "2019-12-31")
                .plan("ks2019", "2019-01-01", "2019-12-31")
                .plan("ks2021", "2021-01-01", "2021-12-31")
                .entity(EntityKind.GOAL, "kf1", "kf")
                .entity(EntityKind.GOAL, "kf4", "kf")
                .entity(EntityKind.GOAL, "ks1", "ks2019")
                .entity(EntityKind.GOAL, "ks2", "ks2019")
                .entity(EntityKind.GOAL, "late", "ks2021")
                .contributes("kf4", "ks1"));
        fixture.registerInjectableResource(Clock.fixed(date("2019-09-30").atStartOfDay(Fixtures.STOCKHOLM)
                .toInstant(), Fixtures.STOCKHOLM));
    }

    private static DefineGoal define(GoalTexts texts) {
        return new DefineGoal(KS1, KS, null, "Hållbar tillväxt", "Tillväxt, hållbarhet och fysisk planering", false,
                List.of(11, 7), List.of(), null, null, "admin", null, null, texts);
    }

    private static GoalTexts contributes(String... goals) {
        return new GoalTexts(List.of(goals).stream().map(GoalId::new).toList(), null, null, null);
    }

    private static GoalDefined defined() {
        return new GoalDefined(KS1, KS, null, "Hållbar tillväxt", "Tillväxt, hållbarhet och fysisk planering", false,
                List.of(11, 7), List.of(), null, date("2019-01-01"), "admin", null);
    }

    @Test
    void canDefineGoalContributingToGoalsOfAnOverlappingPlanWithItsTexts() {
        var texts = new GoalTexts(List.of(new GoalId("kf1")), "Hållbar tillväxt för invånare",
                List.of("Hållbarhetsprogram klart 2020"), List.of("Exploateringstakt", "Klimatförändringar"));
        fixture.givenNoPriorActivity().when(define(texts)).expectEvents(new GoalDefined(KS1, KS, null,
                "Hållbar tillväxt", "Tillväxt, hållbarhet och fysisk planering", false, List.of(11, 7), List.of(), null,
                date("2019-01-01"), "admin", null, List.of(new GoalId("kf1")), "Hållbar tillväxt för invånare",
                List.of("Hållbarhetsprogram klart 2020"), List.of("Exploateringstakt", "Klimatförändringar")));
    }

    @Test
    void cannotContributeToAGoalOfTheSamePlan() {
        fixture.givenNoPriorActivity().when(define(contributes("ks2")))
                .expectException(RuleViolation.class).expectExceptionMessage(org.hamcrest.Matchers
                        .containsString("samma plan")).expectNoEvents();
    }

    @Test
    void cannotContributeToAGoalOfAPlanWhosePeriodDoesNotOverlap() {
        fixture.givenNoPriorActivity().when(define(contributes("late")))
                .expectException(RuleViolation.class).expectExceptionMessage(org.hamcrest.Matchers
                        .containsString("överlappar inte")).expectNoEvents();
    }

    @Test
    void cannotContributeToAGoalThatDoesNotExist() {
        fixture.givenNoPriorActivity().when(define(contributes("nope")))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void cannotContributeInACircle() {
        fixture.givenNoPriorActivity().when(define(contributes("kf1", "kf4")))
                .expectException(RuleViolation.class).expectExceptionMessage(org.hamcrest.Matchers
                        .containsString("cirkel")).expectNoEvents();
    }

    @Test
    void canReviseContributionsTextsAndLastDayByDecision() {
        var texts = new GoalTexts(List.of(new GoalId("kf1")), null, List.of("Synliggöra roller"), null);
        fixture.given(defined())
                .when(new ReviseGoal(KS1, null, null, KS_91, "Ny inriktning", null, "admin", null, null, texts,
                        date("2019-12-31")))
                .expectEvents(new GoalRevised(KS1, KS, null, null, KS_91, "Ny inriktning", date("2019-06-17"), "admin",
                        null, List.of(new GoalId("kf1")), date("2019-12-31"), null, List.of("Synliggöra roller"), null));
    }

    @Test
    void cannotReviseContributionsIntoACircle() {
        fixture.given(defined())
                .when(new ReviseGoal(KS1, null, null, KS_91, "x", null, "admin", null, null, contributes("kf4"), null))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void cannotEndAGoalBeforeItsPlanStarts() {
        fixture.given(defined())
                .when(new ReviseGoal(KS1, null, null, KS_91, "x", null, "admin", null, null, null, date("2018-12-31")))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void canReviseOnlyTheLastDay() {
        fixture.given(defined())
                .when(new ReviseGoal(KS1, null, null, KS_91, "Delmålet gäller 2019", null, "admin", null, null, null,
                        date("2019-12-31")))
                .expectSuccessfulHandlerExecution();
    }
}
