package se.ledger.plan.command;

import static se.ledger.command.Fixtures.date;

import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledger.command.Fixtures;
import se.ledger.command.RuleViolation;
import se.ledger.events.DecisionRecorded;
import se.ledger.events.DecisionRef;
import se.ledger.events.PlanId;
import se.ledger.events.PrognosisRuleChanged;

/** A plan's own parameters of the computed prognosis, set by a decision and effective from its date. */
class PrognosisRuleParametersTest {

    private static final PlanId P9 = new PlanId("p9"); // the plan of PlanAggregateTest.registered()
    private static final DecisionRef KS = new DecisionRef("ks-2022-03-14-30", "KS", date("2022-03-14"), "30", null);

    private AggregateTestFixture<PlanAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture(PlanAggregate.class);
    }

    @Test
    void theParametersTakeEffectOnTheDecisionsDate() {
        fixture.given(PlanAggregateTest.registered())
                .when(new SetPrognosisRule(P9, false, new BigDecimal("0.3"), KS, "Egen regel", "admin", null, null))
                .expectEvents(new PrognosisRuleChanged(P9, false, new BigDecimal("0.3"), KS, "Egen regel",
                        date("2022-03-14"), "admin", null));
    }

    @Test
    void aRecordedDecisionMayBeCitedByItsId() {
        fixture.given(PlanAggregateTest.registered(), new DecisionRecorded(P9, KS, KS.date(), "admin", null))
                .when(new SetPrognosisRule(P9, true, new BigDecimal("0.5"),
                        new DecisionRef("ks-2022-03-14-30", null, null, null, null), "Regel", "admin", null, null))
                .expectEvents(new PrognosisRuleChanged(P9, true, new BigDecimal("0.5"), KS, "Regel", date("2022-03-14"),
                        "admin", null));
    }

    @Test
    void theShareIsAShareBelowOne() {
        fixture.given(PlanAggregateTest.registered())
                .when(new SetPrognosisRule(P9, true, BigDecimal.ONE, KS, "x", "admin", null, null))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(PlanAggregateTest.registered())
                .when(new SetPrognosisRule(P9, true, new BigDecimal("-0.1"), KS, "x", "admin", null, null))
                .expectException(RuleViolation.class);
        fixture.given(PlanAggregateTest.registered())
                .when(new SetPrognosisRule(P9, true, new BigDecimal("0.5"), null, "x", "admin", null, null))
                .expectException(RuleViolation.class);
    }
}
