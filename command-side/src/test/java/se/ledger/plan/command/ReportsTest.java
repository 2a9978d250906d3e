package se.ledger.plan.command;

import static se.ledger.command.Fixtures.date;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledger.command.Fixtures;
import se.ledger.command.RuleViolation;
import se.ledger.events.DecisionRecorded;
import se.ledger.events.DecisionRef;
import se.ledger.events.PlanId;
import se.ledger.events.PlanRegistered;
import se.ledger.events.ReportCalendarAdopted;
import se.ledger.events.ReportIssued;
import se.ledger.events.ReportOccasion;

/** Report occasions (issue 10, item 6): a calendar set by decision, reports issued, a decision approving one. */
class ReportsTest {

    private static final PlanId P1 = new PlanId("p1");
    private static final DecisionRef KS_91 = new DecisionRef("ks-91", "KS", date("2022-09-26"), "91",
            "Delårsrapport augusti");
    private static final DecisionRef KS_10 = new DecisionRef(null, "KS", date("2022-01-31"), "10", null);
    private static final List<ReportOccasion> CALENDAR = List.of(
            new ReportOccasion("Delårsrapport per 30 april", date("2022-04-30")),
            new ReportOccasion("Delårsrapport per 31 augusti", date("2022-08-31")),
            new ReportOccasion("Årsredovisning", date("2022-12-31")));

    private AggregateTestFixture<PlanAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture(PlanAggregate.class);
    }

    private static PlanRegistered registered() {
        return new PlanRegistered(P1, "Vaggeryds kommun", "Verksamhetsplan 2022", date("2022-01-01"),
                date("2022-12-31"), date("2022-01-01"), "admin", null);
    }

    private static ReportCalendarAdopted calendar(boolean monthly) {
        return new ReportCalendarAdopted(P1, CALENDAR, monthly, KS_10, "Rapporttillfällen 2022", date("2022-01-31"),
                "admin", null);
    }

    private static ReportIssued august() {
        return new ReportIssued(P1, "r-aug", "Delårsrapport per 31 augusti", date("2022-08-31"), "admin", null);
    }

    @Test
    void aCalendarIsSetByADecision() {
        fixture.given(registered())
                .when(new SetReportCalendar(P1, CALENDAR, true, KS_10, "Rapporttillfällen 2022", "admin", null))
                .expectEvents(calendar(true));
    }

    @Test
    void aCalendarOccasionOutsideThePeriodIsRefused() {
        fixture.given(registered())
                .when(new SetReportCalendar(P1, List.of(new ReportOccasion("Bokslut 2021", date("2021-12-31"))),
                        false, KS_10, "x", "admin", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aReportIsIssuedOnAnOccasionOfTheCalendar() {
        fixture.given(registered(), calendar(false))
                .when(new IssueReport(P1, "r-aug", "Delårsrapport per 31 augusti", date("2022-08-31"), "admin", null))
                .expectEvents(august());
    }

    @Test
    void aDateThatIsNoOccasionIsRefusedUnlessMonthEndsAreFollowedUp() {
        var issue = new IssueReport(P1, "r-jun", "Uppföljning juni", date("2022-06-30"), "admin", null);
        fixture.given(registered(), calendar(false)).when(issue)
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(registered(), calendar(true)).when(issue)
                .expectEvents(new ReportIssued(P1, "r-jun", "Uppföljning juni", date("2022-06-30"), "admin", null));
    }

    @Test
    void withoutACalendarAnyDateOfThePeriodUpToTodayMayBeReportedOn() {
        fixture.given(registered())
                .when(new IssueReport(P1, "r", "Uppföljning", date("2022-09-15"), "admin", null))
                .expectSuccessfulHandlerExecution();
        fixture.given(registered())
                .when(new IssueReport(P1, "r", "Årsredovisning", date("2022-12-31"), "admin", null))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aReportIdIsUsedOnce() {
        fixture.given(registered(), august())
                .when(new IssueReport(P1, "r-aug", "Igen", date("2022-08-31"), "admin", null))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aDecisionMayApproveAReportOfItsPlan() {
        fixture.given(registered(), august())
                .when(new RecordDecision(P1, KS_91, "admin", null, null, "r-aug"))
                .expectEvents(new DecisionRecorded(P1, KS_91, date("2022-09-26"), "admin", null, "r-aug"));
    }

    @Test
    void aDecisionCannotApproveAReportThePlanDoesNotHave() {
        fixture.given(registered(), august())
                .when(new RecordDecision(P1, KS_91, "admin", null, null, "r-other-plan"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("r-other-plan"))
                .expectNoEvents();
    }
}
