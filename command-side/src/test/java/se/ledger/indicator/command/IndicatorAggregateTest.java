package se.ledger.indicator.command;

import static se.ledger.command.Fixtures.ACTOR;
import static se.ledger.command.Fixtures.date;

import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledger.command.Commands;
import se.ledger.command.Fixtures;
import se.ledger.command.RuleViolation;
import se.ledger.events.Baseline;
import se.ledger.events.Correction;
import se.ledger.events.DecisionRef;
import se.ledger.events.GoalId;
import se.ledger.events.IndicatorDefined;
import se.ledger.events.IndicatorId;
import se.ledger.events.IndicatorTargetRevised;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.PlanId;
import se.ledger.events.Target;
import se.ledger.events.TargetDirection;

class IndicatorAggregateTest {

    private static final IndicatorId I1 = new IndicatorId("i1");
    private static final GoalId G1 = new GoalId("g1");
    private static final PlanId P1 = new PlanId("p1");
    private static final Baseline BASELINE = new Baseline(new BigDecimal("62"), date("2021-12-31"));
    private static final Target TARGET = new Target(new BigDecimal("75"), null, null, date("2022-12-31"));
    private static final DecisionRef KS_91 = new DecisionRef(null, "KS", date("2022-09-26"), "91", null);

    private AggregateTestFixture<IndicatorAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture(IndicatorAggregate.class);
    }

    private static IndicatorDefined defined() {
        return new IndicatorDefined(I1, G1, P1, "Andel behöriga till gymnasiet", "%", BASELINE, TARGET,
                "Kolada N15428", date("2022-01-01"), "admin", null);
    }

    private static RecordMeasurement measure(BigDecimal value, boolean noNewData, String unit) {
        return new RecordMeasurement(I1, value, noNewData, unit, null, date("2022-08-31"), ACTOR, null, null);
    }

    @Test
    void canDefineIndicatorOfGoal() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicator(I1, G1, "Andel behöriga till gymnasiet", "%", BASELINE, TARGET,
                        "Kolada N15428", null, "admin"))
                .expectEvents(defined());
    }

    @Test
    void cannotDefineIndicatorOfUnknownGoal() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicator(I1, new GoalId("nope"), "x", "%", BASELINE, TARGET, null, null, "admin"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotDefineTargetThatIsBothNumberAndDirection() {
        var both = new Target(new BigDecimal("75"), TargetDirection.INCREASE, null, date("2022-12-31"));
        fixture.givenNoPriorActivity()
                .when(new DefineIndicator(I1, G1, "x", "%", BASELINE, both, null, null, "admin"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotDefineNumericTargetWithoutDate() {
        var undated = new Target(new BigDecimal("75"), null, null, null);
        fixture.givenNoPriorActivity()
                .when(new DefineIndicator(I1, G1, "x", "%", BASELINE, undated, null, null, "admin"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canCorrectAWrongBaseline() {
        var executor = fixture.given(defined());
        var correction = new Correction(Fixtures.eventId(fixture, "i1", 0), "Ingångsvärdet var 2020 års");
        var baseline = new Baseline(new BigDecimal("64"), date("2021-12-31"));
        executor.when(Commands.message(
                new DefineIndicator(I1, G1, "Andel behöriga till gymnasiet", "%", baseline, TARGET,
                        "Kolada N15428", null, "admin", correction, null)))
                .expectEvents(new IndicatorDefined(I1, G1, P1, "Andel behöriga till gymnasiet", "%", baseline, TARGET,
                        "Kolada N15428", date("2022-01-01"), "admin", correction));
    }

    @Test
    void cannotMoveAnIndicatorToAGoalOfAnotherPlan() {
        var executor = fixture.given(defined());
        executor.when(Commands.message(
                new DefineIndicator(I1, new GoalId("other"), "x", "%", BASELINE, TARGET, null, null,
                        "admin", new se.ledger.events.Correction(Fixtures.eventId(fixture, "i1", 0), "fel"), null)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canRecordValueInTheIndicatorsUnit() {
        fixture.given(defined())
                .when(measure(new BigDecimal("68.5"), false, "%"))
                .expectEvents(new MeasurementRecorded(I1, P1, new BigDecimal("68.5"), false, null,
                        date("2022-08-31"), ACTOR, null));
    }

    @Test
    void canRecordNoNewData() {
        fixture.given(defined())
                .when(measure(null, true, null))
                .expectEvents(new MeasurementRecorded(I1, P1, null, true, null, date("2022-08-31"), ACTOR, null));
    }

    @Test
    void cannotRecordValueInAnotherUnit() {
        fixture.given(defined())
                .when(measure(new BigDecimal("12"), false, "kr"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRecordPercentageAboveHundred() {
        fixture.given(defined())
                .when(measure(new BigDecimal("101"), false, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRecordBothValueAndNoNewData() {
        fixture.given(defined())
                .when(measure(new BigDecimal("70"), true, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canReviseTargetByDecision() {
        var lower = new Target(new BigDecimal("70"), null, null, date("2022-12-31"));
        fixture.given(defined())
                .when(new ReviseIndicatorTarget(I1, lower, KS_91, "Nytt utgångsläge", null, "admin", null, null))
                .expectEvents(new IndicatorTargetRevised(I1, P1, lower, KS_91, "Nytt utgångsläge", date("2022-09-26"),
                        "admin", null));
    }

    @Test
    void cannotReviseTargetWithoutDecision() {
        var lower = new Target(new BigDecimal("70"), null, null, date("2022-12-31"));
        fixture.given(defined())
                .when(new ReviseIndicatorTarget(I1, lower, null, "x", null, "admin", null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotReviseTargetByDecisionInTheFuture() {
        var future = new DecisionRef(null, "KS", date("2022-10-24"), "120", null);
        fixture.given(defined())
                .when(new ReviseIndicatorTarget(I1, TARGET, future, "x", null, "admin", null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
