package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** A rebuild from the first event answers exactly as the live projection did, and answers throughout. */
// a context of its own: closed right after this class, not left for the JVM's exit
@DirtiesContext
@TestPropertySource(properties = "ledger.projection.batch-size=7")
class RebuildIT extends LedgerTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFullRebuildYieldsIdenticalAnswers() throws InterruptedException {
        givenPlan();
        String goal = goal("g", ",'area':'Barn och unga','sdgs':[4]");
        String sub = goal("g-1", ",'parentGoalId':'" + plan + "-g'");
        String direction = goal("dir", ",'direction':true");
        write("admin", "/api/goals/" + goal + "/indicators", "{'id':'" + plan + "-i','name':'Behöriga','unit':'%',"
                + "'baseline':{'value':80,'date':'2021-12-31'},'target':{'value':90,'date':'2022-12-31'}}");
        write("chef", "/api/indicators/" + plan + "-i/measurements", "{'value':84,'effectiveDate':'2022-06-30'}");
        write("chef", "/api/indicators/" + plan + "-i/measurements", "{'noNewData':true,'effectiveDate':'2022-08-31'}");
        String a = activity("a", sub, "2022-01-01");
        String b = activity("b", goal, "2022-03-01");
        activity("c", direction, "2022-01-01");
        status(a, "ON_TRACK", null, "2022-02-28");
        var wrong = status(b, "COMPLETED", null, "2022-06-30");
        write("chef", "/api/activities/" + b + "/status", "{'status':'DEVIATING','explanation':'Inte klar',"
                + "'effectiveDate':'2022-06-30','corrects':'" + wrong.get("eventId").asText() + "','reason':'Fel'}");
        write("chef", "/api/goals/" + goal + "/month-reports", "{'month':'2022-05','mark':'RISING'}");
        write("chef", "/api/activities/" + a + "/comments", "{'text':'Läget är gott','effectiveDate':'2022-05-31'}");
        write("chef", "/api/goals/" + goal + "/prognoses", "{'prognosis':'MET','motivation':'Bra','effectiveDate':'2022-08-31'}");
        String middle = read("/api/plans/" + plan).get("asOf").asText();
        write("admin", "/api/goals/" + goal + "/revisions", "{'ambition':'95 %','decision':{'body':'BUN',"
                + "'date':'2022-09-20','paragraph':'44'},'reason':'Höjd ambition'}");
        write("chef", "/api/activities/" + a + "/reschedulings",
                "{'start':'2022-02-01','end':'2023-06-30','reason':'Förlängt','effectiveDate':'2022-09-01'}");
        String asOf = read("/api/plans/" + plan).get("asOf").asText();

        var live = answers(asOf, middle, goal, b);
        var started = api.post("admin", "/api/admin/replays/plan-projection", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("rebuilding").asBoolean()).isTrue();
        assertThat(answers(asOf, middle, goal, b)).isEqualTo(live);

        JsonNode status = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("admin", "/api/admin/replays/plan-projection").json(),
                        s -> !s.get("rebuilding").asBoolean());
        assertThat(status.get("rebuilding").asBoolean()).as(status.toString()).isFalse();
        int previous = started.json().get("activeGeneration").asInt();
        assertThat(status.get("activeGeneration").asInt()).isEqualTo(previous + 1);
        assertThat(answers(asOf, middle, goal, b)).isEqualTo(live);
        // a query that read the old generation's number just before the switch still finds its rows
        assertThat(jdbc.sql("SELECT count(*) FROM query.event_log WHERE generation = ?").param(previous)
                .query(Long.class).single()).isPositive();

        status(a, "COMPLETED", null, "2022-09-30");
        assertThat(read("/api/plans/" + plan + "?validAt=2022-09-30").get("goals").get(0).get("goals").get(0)
                .get("activities").get(0).get("status").asText()).isEqualTo("COMPLETED");

        // a little later the old generation's partitions are dropped, their disk given back, and nothing else
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> jdbc.sql(
                "SELECT to_regclass('query.event_log_' || ?) IS NULL AND to_regclass('query.fact_' || ?) IS NULL")
                .params(previous, previous).query(Boolean.class).single());
        assertThat(answers(asOf, middle, goal, b).get("history")).isEqualTo(live.get("history"));
    }

    private Map<String, JsonNode> answers(String asOf, String middle, String goal, String activity) {
        var answers = new LinkedHashMap<String, JsonNode>();
        answers.put("plan", read("/api/plans/" + plan + "?asOf=" + asOf + "&validAt=2022-08-31"));
        answers.put("plan-then", read("/api/plans/" + plan + "?asOf=" + middle + "&validAt=2022-12-31"));
        answers.put("history", read("/api/plans/" + plan + "/history?year=2022&asOf=" + asOf));
        answers.put("prognoses", read("/api/plans/" + plan + "/prognoses?asOf=" + asOf + "&validAt=2022-08-31"));
        answers.put("changes", read("/api/plans/" + plan + "/changes?from=" + middle + "&to=" + asOf
                + "&validAt=2022-12-31"));
        answers.put("goal-events", read("/api/goals/" + goal + "/events"));
        answers.put("activity-events", read("/api/activities/" + activity + "/events"));
        answers.put("plan-events", read("/api/plans/" + plan + "/events"));
        return answers;
    }
}
