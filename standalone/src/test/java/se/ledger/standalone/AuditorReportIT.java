package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import se.ledger.standalone.LoginThrottlingIT.MovableClock;

/**
 * The auditor's question of issue 10: a report issued on 2022-09-20, a correction on 2022-09-22,
 * the decision approving the report recorded on 2022-09-30. What the board saw is the report's
 * content, without the correction; the changes since the report name the correction's actor and
 * reason. The server's clock and the event store's stamp are one clock the test sets.
 */
// a context of its own: its clock must not touch other tests
@DirtiesContext
@Import(LoginThrottlingIT.MovableClockConfig.class)
class AuditorReportIT extends LedgerTestBase {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    MovableClock clock;

    @BeforeEach
    void stampEventsWithTheTestsClock() {
        at("2022-08-01T08:00");
        GenericEventMessage.clock = clock;
    }

    @AfterEach
    void stampEventsWithTheSystemClockAgain() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void whatTheBoardSawIsTheReportItApproved() {
        givenPlan();
        String goal = goal("g", ",'area':'Tillväxt'");
        String activity = activity("a", goal, "2022-01-01");
        status(activity, "ON_TRACK", null, "2022-06-30");
        at("2022-09-05T10:00");
        var wrong = status(activity, "DEVIATING", "Konsulten sade upp avtalet", "2022-08-15");

        Instant issued = at("2022-09-20T09:00");
        String report = write("admin", "/api/plans/" + plan + "/reports", "{'title':'Delårsrapport per 31 augusti',"
                + "'reportDate':'2022-08-31'}").get("reportId").asText();

        Instant corrected = at("2022-09-22T14:30");
        write("chef", "/api/activities/" + activity + "/status", "{'status':'DEVIATING','explanation':"
                + "'Avtalet hävdes i juli','effectiveDate':'2022-08-15','corrects':'" + wrong.get("eventId").asText()
                + "','reason':'Fel förklaring angavs'}");

        Instant typedIn = at("2022-09-30T11:00");
        write("admin", "/api/plans/" + plan + "/decisions", "{'body':'KS','date':'2022-09-26','paragraph':'91',"
                + "'subject':'Delårsrapport augusti','approvesReport':'" + report + "'}");

        var decision = read("/api/plans/" + plan + "/decisions").get(0);
        assertThat(Instant.parse(decision.get("recordedAt").asText())).isEqualTo(typedIn);
        assertThat(decision.get("approvesReport").asText()).isEqualTo(report);
        var approved = read("/api/plans/" + plan + "/reports").get(0);
        assertThat(Instant.parse(approved.get("issuedAt").asText())).isEqualTo(issued);

        var seenByTheBoard = read("/api/plans/" + plan + "?report=" + decision.get("approvesReport").asText());
        assertThat(Instant.parse(seenByTheBoard.get("asOf").asText())).isEqualTo(issued);
        assertThat(seenByTheBoard.at("/goals/0/activities/0/explanation").asText())
                .isEqualTo("Konsulten sade upp avtalet");
        var whenTypedIn = read("/api/plans/" + plan + "?asOf=" + typedIn + "&validAt=2022-08-31");
        assertThat(whenTypedIn.at("/goals/0/activities/0/explanation").asText())
                .as("the decision's own recorded time already knows the correction").isEqualTo("Avtalet hävdes i juli");

        var changes = read("/api/plans/" + plan + "/changes?report=" + report).get("changes");
        var explanation = find(changes, "field", "explanation");
        assertThat(explanation.get("before").asText()).isEqualTo("Konsulten sade upp avtalet");
        assertThat(explanation.get("after").asText()).isEqualTo("Avtalet hävdes i juli");
        assertThat(explanation.get("actor").asText()).isEqualTo("chef");
        assertThat(explanation.get("correctionReason").asText()).isEqualTo("Fel förklaring angavs");
        assertThat(Instant.parse(explanation.get("recordedAt").asText())).isEqualTo(corrected);
        assertThat(explanation.get("effectiveDate").asText()).isEqualTo("2022-08-15");
    }

    private Instant at(String stockholmTime) {
        Instant instant = LocalDateTime.parse(stockholmTime).atZone(STOCKHOLM).toInstant();
        clock.set(instant);
        return instant;
    }
}
