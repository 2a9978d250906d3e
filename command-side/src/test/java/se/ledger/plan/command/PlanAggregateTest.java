package se.ledger.plan.command;

import static se.ledger.command.Fixtures.date;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledger.command.Commands;
import se.ledger.command.Fixtures;
import se.ledger.command.RuleViolation;
import se.ledger.platform.InvalidInput;
import se.ledger.events.Correction;
import se.ledger.events.DecisionRecorded;
import se.ledger.events.DecisionRef;
import se.ledger.events.PlanAdopted;
import se.ledger.events.PlanId;
import se.ledger.events.PlanRegistered;

class PlanAggregateTest {

    private static final PlanId P9 = new PlanId("p9");
    private static final DecisionRef KF_2021 = new DecisionRef("kf-2021-11-29-120", "KF", date("2021-11-29"), "120",
            "Verksamhetsplan 2022");

    private AggregateTestFixture<PlanAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture(PlanAggregate.class);
    }

    static PlanRegistered registered() {
        return new PlanRegistered(P9, "Vaggeryds kommun", "Verksamhetsplan 2022", date("2022-01-01"),
                date("2022-12-31"), date("2022-01-01"), "admin", null);
    }

    @Test
    void canRegisterPlan() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlan(P9, "Vaggeryds kommun", "Verksamhetsplan 2022", date("2022-01-01"),
                        date("2022-12-31"), "admin"))
                .expectEvents(registered());
    }

    @Test
    void cannotRegisterPlanEndingBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlan(P9, "x", "y", date("2022-12-31"), date("2022-01-01"), "admin"))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void canCorrectTheRegistration() {
        var executor = fixture.given(registered());
        var correction = new Correction(se.ledger.command.Fixtures.eventId(fixture, "p9", 0), "Fel år");
        executor.when(Commands.message(
                new RegisterPlan(P9, "Vaggeryds kommun", "Verksamhetsplan 2023", date("2023-01-01"),
                        date("2023-12-31"), "admin", correction, null)))
                .expectEvents(new PlanRegistered(P9, "Vaggeryds kommun", "Verksamhetsplan 2023", date("2023-01-01"),
                        date("2023-12-31"), date("2023-01-01"), "admin", correction));
    }

    @Test
    void canRecordDecisionTakenBeforeThePeriod() {
        fixture.given(registered())
                .when(new RecordDecision(P9, KF_2021, "admin", null, null))
                .expectEvents(new DecisionRecorded(P9, KF_2021, date("2021-11-29"), "admin", null));
    }

    @Test
    void cannotRecordDecisionWithoutParagraph() {
        fixture.given(registered())
                .when(new RecordDecision(P9, new DecisionRef("d", "KF", date("2021-11-29"), " ", null), "admin",
                        null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canAdoptPlanByRecordedDecision() {
        fixture.given(registered(), new DecisionRecorded(P9, KF_2021, date("2021-11-29"), "admin", null))
                .when(new AdoptPlan(P9, new DecisionRef("kf-2021-11-29-120", null, null, null, null), "admin", null,
                        null))
                .expectEvents(new PlanAdopted(P9, KF_2021, date("2021-11-29"), "admin", null));
    }

    @Test
    void cannotAdoptPlanByUnknownDecision() {
        fixture.given(registered())
                .when(new AdoptPlan(P9, new DecisionRef("nope", null, null, null, null), "admin", null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRecordTheSameDecisionTwice() {
        fixture.given(registered(), new DecisionRecorded(P9, KF_2021, date("2021-11-29"), "admin", null))
                .when(new RecordDecision(P9, KF_2021, "admin", null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
