package se.ledger.plan.command;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.ledger.command.Fixtures;
import se.ledger.events.PlanId;
import se.ledger.events.PlanLevel;
import se.ledger.events.PlanRegistered;

/** A plan belongs to an organisation unit at a level; without one it is a board's (null in the event). */
class PlanLevelTest {

    private final AggregateTestFixture<PlanAggregate> fixture = Fixtures.fixture(PlanAggregate.class);

    @Test
    void canRegisterTheCouncilsPlanForTheMandatePeriod() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlan(new PlanId("kf"), "Kommunfullmäktige", "KF mål 2015–2019",
                        LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31), "admin", null, null, PlanLevel.COUNCIL))
                .expectEvents(new PlanRegistered(new PlanId("kf"), "Kommunfullmäktige", "KF mål 2015–2019",
                        LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31), LocalDate.of(2015, 1, 1), "admin", null,
                        PlanLevel.COUNCIL));
    }

    @Test
    void cannotRegisterACouncilPlanEndingBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlan(new PlanId("kf"), "Kommunfullmäktige", "KF mål", LocalDate.of(2019, 1, 1),
                        LocalDate.of(2015, 12, 31), "admin", null, null, PlanLevel.COUNCIL))
                .expectException(se.ledger.platform.InvalidInput.class)
                .expectNoEvents();
    }
}
