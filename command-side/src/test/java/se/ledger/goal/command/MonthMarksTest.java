package se.ledger.goal.command;

import static se.ledger.command.Fixtures.ACTOR;
import static se.ledger.command.Fixtures.date;

import java.time.YearMonth;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledger.command.Fixtures;
import se.ledger.command.RuleViolation;
import se.ledger.events.Correction;
import se.ledger.events.EntityRef;
import se.ledger.events.GoalDefined;
import se.ledger.events.GoalId;
import se.ledger.events.MonthMark;
import se.ledger.events.MonthReported;
import se.ledger.events.PlanId;

/** One mark per month: a second is refused unless it corrects the month's mark (item 8 of issue 10). */
class MonthMarksTest {

    private static final GoalId G3 = new GoalId("g3");
    private static final PlanId P1 = new PlanId("p1");
    private static final YearMonth AUGUST = YearMonth.of(2022, 8);

    private AggregateTestFixture<GoalAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture(GoalAggregate.class);
    }

    private static GoalDefined defined() {
        return new GoalDefined(G3, P1, null, "Lokalförsörjning", "Tillväxt", false, List.of(11), List.of(), null,
                date("2022-01-01"), "admin", null);
    }

    private static MonthReported august(MonthMark mark, Correction correction) {
        return new MonthReported(EntityRef.goal(G3), P1, AUGUST, mark, date("2022-08-31"), ACTOR, correction);
    }

    @Test
    void aSecondMarkForTheSameMonthIsRefused() {
        fixture.given(defined(), august(MonthMark.AS_PLANNED, null))
                .when(new ReportGoalMonth(G3, AUGUST, MonthMark.FALLING, ACTOR, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("2022-08 har redan en markering"))
                .expectNoEvents();
    }

    @Test
    void anotherMonthIsFree() {
        fixture.given(defined(), august(MonthMark.AS_PLANNED, null))
                .when(new ReportGoalMonth(G3, YearMonth.of(2022, 7), MonthMark.FALLING, ACTOR, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCorrectionOfTheMonthsMarkReplacesIt() {
        var executor = fixture.given(defined(), august(MonthMark.AS_PLANNED, null));
        var correction = new Correction(Fixtures.eventId(fixture, "g3", 1), "Fel markering");
        executor.when(new ReportGoalMonth(G3, AUGUST, MonthMark.FALLING, ACTOR, correction, null))
                .expectEvents(august(MonthMark.FALLING, correction));
    }

    @Test
    void theCorrectingMarkIsTheMonthsMarkFromThenOn() {
        var executor = fixture.given(defined(), august(MonthMark.AS_PLANNED, null));
        var first = new Correction(Fixtures.eventId(fixture, "g3", 1), "Fel markering");
        executor.andGiven(august(MonthMark.FALLING, first))
                .when(new ReportGoalMonth(G3, AUGUST, MonthMark.RISING, ACTOR, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void correctingAnotherMonthsMarkCannotGiveThisMonthASecondOne() {
        var executor = fixture.given(defined(), august(MonthMark.AS_PLANNED, null),
                new MonthReported(EntityRef.goal(G3), P1, YearMonth.of(2022, 7), MonthMark.RISING,
                        date("2022-07-31"), ACTOR, null));
        var july = new Correction(Fixtures.eventId(fixture, "g3", 2), "Fel månad");
        executor.when(new ReportGoalMonth(G3, AUGUST, MonthMark.RISING, ACTOR, july, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
