package se.ledger.indicator.command;

import static se.ledger.command.Fixtures.ACTOR;
import static se.ledger.command.Fixtures.date;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledger.command.Fixtures;
import se.ledger.command.RuleViolation;
import se.ledger.events.Baseline;
import se.ledger.events.DecisionRef;
import se.ledger.events.GoalId;
import se.ledger.events.IndicatorDefined;
import se.ledger.events.IndicatorId;
import se.ledger.events.IndicatorKind;
import se.ledger.events.IndicatorRevised;
import se.ledger.events.Judgement;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.PlanId;
import se.ledger.events.Target;
import se.ledger.events.YearTarget;

/** Text baselines, flows, yearly targets, retirement and qualitative judgements of an indicator. */
class IndicatorMeasuresTest {

    private static final IndicatorId I1 = new IndicatorId("i1");
    private static final GoalId G1 = new GoalId("g1");
    private static final PlanId P1 = new PlanId("p1");
    private static final Baseline POLICY = new Baseline(null, "Sätts i samband med ny kostpolicy", null);
    private static final Target TEXT = new Target(null, null, "Ny kostpolicy antagen", null);
    private static final List<YearTarget> PATH = List.of(new YearTarget(2022, new BigDecimal("90")));
    private static final DecisionRef KS_91 = new DecisionRef(null, "KS", date("2022-09-26"), "91", null);

    private AggregateTestFixture<IndicatorAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture(IndicatorAggregate.class);
    }

    private static DefineIndicator define(IndicatorKind kind, Baseline baseline, Target target,
            List<YearTarget> targets) {
        return new DefineIndicator(I1, G1, "Antal nya företag", "st", baseline, target, null, null, "admin", null,
                null, kind, targets);
    }

    private static IndicatorDefined flowDefined() {
        return new IndicatorDefined(I1, G1, P1, "Antal nya företag", "st", null, null, null, date("2022-01-01"),
                "admin", null, IndicatorKind.FLOW, PATH);
    }

    @Test
    void aBaselineAndATargetMayBeTexts() {
        fixture.givenNoPriorActivity()
                .when(define(null, POLICY, TEXT, null))
                .expectEvents(new IndicatorDefined(I1, G1, P1, "Antal nya företag", "st", POLICY, TEXT, null,
                        date("2022-01-01"), "admin", null, null, null));
    }

    @Test
    void aBaselineIsAValueWithItsDateOrAText() {
        fixture.givenNoPriorActivity().when(define(null, new Baseline(BigDecimal.ONE, "och text", null), TEXT, null))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(define(null, new Baseline(BigDecimal.ONE, null, null), TEXT, null))
                .expectExceptionMessage("Ett ingångsvärde måste ha det datum det mättes.");
    }

    @Test
    void aFlowMayHaveAPathOfYearlyTargetsSortedByYear() {
        var unsorted = List.of(new YearTarget(2023, BigDecimal.TEN), new YearTarget(2022, BigDecimal.ONE));
        fixture.givenNoPriorActivity().when(define(IndicatorKind.FLOW, null, null, unsorted))
                .expectEvents(new IndicatorDefined(I1, G1, P1, "Antal nya företag", "st", null, null, null,
                        date("2022-01-01"), "admin", null, IndicatorKind.FLOW,
                        List.of(new YearTarget(2022, BigDecimal.ONE), new YearTarget(2023, BigDecimal.TEN))));
    }

    @Test
    void targetAndTargetsAreNotBothGivenNorAYearTwice() {
        fixture.givenNoPriorActivity().when(define(null, null, TEXT, PATH))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(define(null, null, null, List.of(new YearTarget(2022, BigDecimal.ONE),
                        new YearTarget(2022, BigDecimal.TEN))))
                .expectExceptionMessage("Året 2022 har två målvärden.");
    }

    @Test
    void aFlowAimsAtANumber() {
        fixture.givenNoPriorActivity().when(define(IndicatorKind.FLOW, null, TEXT, null))
                .expectExceptionMessage("Ett flödesmått har ett målvärde för året, inte en riktning eller text.");
    }

    @Test
    void aRetirementTakesEffectNoLaterThanItsLastDay() {
        fixture.given(flowDefined())
                .when(new ReviseIndicator(I1, date("2022-06-30"), null, KS_91, "Ersätts i mätplanen", null, "admin",
                        null, null))
                .expectEvents(new IndicatorRevised(I1, P1, date("2022-06-30"), null, KS_91, "Ersätts i mätplanen",
                        date("2022-06-30"), "admin", null));
    }

    @Test
    void yearlyTargetsAreRevisedFromTheDecisionsDate() {
        var path = List.of(new YearTarget(2022, new BigDecimal("95")));
        fixture.given(flowDefined())
                .when(new ReviseIndicator(I1, null, path, KS_91, "Budget", null, "admin", null, null))
                .expectEvents(new IndicatorRevised(I1, P1, null, path, KS_91, "Budget", date("2022-09-26"), "admin",
                        null));
    }

    @Test
    void aRevisionNamesItsDecisionAndChangesSomething() {
        fixture.given(flowDefined()).when(new ReviseIndicator(I1, date("2022-06-30"), null, null, "x", null, "admin",
                null, null)).expectException(RuleViolation.class);
        fixture.given(flowDefined()).when(new ReviseIndicator(I1, null, null, KS_91, "x", null, "admin", null, null))
                .expectExceptionMessage(
                        "Ange validTo (sista dag nyckeltalet gäller), targets eller kolada (koppling till Kolada).");
        fixture.given(flowDefined()).when(new ReviseIndicator(I1, date("2023-06-30"), null, KS_91, "x", null,
                "admin", null, null)).expectException(RuleViolation.class);
    }

    @Test
    void noMeasurementAfterTheLastDay() {
        fixture.given(flowDefined(), new IndicatorRevised(I1, P1, date("2022-06-30"), null, KS_91, "x",
                        date("2022-06-30"), "admin", null))
                .when(new RecordMeasurement(I1, BigDecimal.TEN, false, null, null, date("2022-08-31"), ACTOR, null,
                        null))
                .expectExceptionMessage("Nyckeltalet gäller till och med 2022-06-30, inte 2022-08-31.");
    }

    @Test
    void aQualitativeJudgementNamesItsManagerAndNeedsAText() {
        fixture.given(flowDefined())
                .when(new RecordMeasurement(I1, null, false, null, "Kvalitativ bedömning år 1: i fas",
                        date("2022-08-31"), ACTOR, null, null, Judgement.ON_COURSE))
                .expectEvents(new MeasurementRecorded(I1, P1, null, false, "Kvalitativ bedömning år 1: i fas",
                        date("2022-08-31"), ACTOR, null, Judgement.ON_COURSE, ACTOR));
        fixture.given(flowDefined())
                .when(new RecordMeasurement(I1, null, false, null, " ", date("2022-08-31"), ACTOR, null, null,
                        Judgement.AT_RISK))
                .expectExceptionMessage("En kvalitativ bedömning måste motiveras med en text.");
        fixture.given(flowDefined())
                .when(new RecordMeasurement(I1, BigDecimal.ONE, false, null, "x", date("2022-08-31"), ACTOR, null,
                        null, Judgement.AT_RISK))
                .expectException(RuleViolation.class);
    }
}
