package se.ledger.indicator.command;

import static se.ledger.command.Fixtures.date;

import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledger.command.Fixtures;
import se.ledger.command.RuleViolation;
import se.ledger.events.Correction;
import se.ledger.events.DecisionRef;
import se.ledger.events.GoalId;
import se.ledger.events.IndicatorDefined;
import se.ledger.events.IndicatorId;
import se.ledger.events.IndicatorRevised;
import se.ledger.events.KoladaRef;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.MeasurementSource;
import se.ledger.events.PlanId;
import se.ledger.events.Target;
import se.ledger.events.TargetDirection;
import se.ledger.platform.InvalidInput;

/** An indicator connected to Kolada takes the values fetched for its KPI, and only those, as its measurements. */
class IndicatorKoladaTest {

    private static final IndicatorId I1 = new IndicatorId("i1");
    private static final GoalId G1 = new GoalId("g1");
    private static final PlanId P1 = new PlanId("p1");
    private static final Target MORE = new Target(null, TargetDirection.INCREASE, null, null);
    private static final KoladaRef VAGGERYD = new KoladaRef("N00945", "0665");
    private static final DecisionRef KS = new DecisionRef(null, "KS", date("2022-03-14"), "31", null);

    private AggregateTestFixture<IndicatorAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture(IndicatorAggregate.class);
    }

    private static IndicatorDefined defined(KoladaRef kolada) {
        return new IndicatorDefined(I1, G1, P1, "Bygglov", "st", null, MORE, "Kolada", date("2022-01-01"), "admin",
                null, null, null, kolada);
    }

    private static RecordMeasurement fetched(KoladaRef kolada, Correction correction) {
        return new RecordMeasurement(I1, new BigDecimal("12.1"), false, null, null, date("2022-06-30"), "kolada",
                correction, null, null, MeasurementSource.KOLADA, kolada);
    }

    @Test
    void aDefinitionNamesItsKoladaKpiAndMunicipality() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicator(I1, G1, "Bygglov", "st", null, MORE, "Kolada", null, "admin", null, null,
                        null, null, VAGGERYD))
                .expectEvents(defined(VAGGERYD));
        fixture.givenNoPriorActivity()
                .when(new DefineIndicator(I1, G1, "Bygglov", "st", null, MORE, "Kolada", null, "admin", null, null,
                        null, null, new KoladaRef("N945", "0665")))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void aFetchedValueCarriesItsSourceAndKpi() {
        fixture.given(defined(VAGGERYD)).when(fetched(VAGGERYD, null))
                .expectEvents(new MeasurementRecorded(I1, P1, new BigDecimal("12.1"), false, null, date("2022-06-30"),
                        "kolada", null, null, null, MeasurementSource.KOLADA, VAGGERYD));
    }

    @Test
    void aValueOfAnotherKpiOrForAnUnconnectedIndicatorIsRefused() {
        fixture.given(defined(VAGGERYD)).when(fetched(new KoladaRef("N00945", "0680"), null))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(defined(null)).when(fetched(VAGGERYD, null)).expectException(RuleViolation.class);
    }

    @Test
    void aRevisionConnectsAnIndicatorByADecision() {
        fixture.given(defined(null))
                .when(new ReviseIndicator(I1, null, null, KS, "Hämtas ur Kolada", null, "admin", null, null,
                        VAGGERYD))
                .expectEvents(new IndicatorRevised(I1, P1, null, null, KS, "Hämtas ur Kolada", date("2022-03-14"),
                        "admin", null, VAGGERYD));
        fixture.given(defined(null), new IndicatorRevised(I1, P1, null, null, KS, "x", date("2022-03-14"), "admin",
                null, VAGGERYD)).when(fetched(VAGGERYD, null)).expectSuccessfulHandlerExecution();
    }
}
