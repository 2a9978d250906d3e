package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ledger.platform.test.EventTable;
import se.ledger.standalone.HostileRequests.Endpoint;

/**
 * Thousands of seeded hostile requests over real HTTP against every write endpoint: never a 5xx, every
 * error problem+json, nothing stored by a refused request, and the read side still current afterwards.
 */
class HostileInputFuzzIT extends LedgerTestBase {

    private static final long SEED = 20261201L;
    private static final int REQUESTS = 2_400;
    private static final String COMMENT = "{\"text\":\"Hej\",\"effectiveDate\":\"2022-05-31\"}";
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/plans", "{\"id\":\"fz-p{n}\",\"organisation\":\"Vaggeryds kommun\",\"title\":\"Plan\","
                    + "\"periodStart\":\"2022-01-01\",\"periodEnd\":\"2022-12-31\"}"),
            new Endpoint("/api/plans/{plan}/decisions", "{\"id\":\"fz-d{n}\",\"body\":\"KS\",\"date\":\"2022-02-01\","
                    + "\"paragraph\":\"§ 12\",\"subject\":\"Beslut\"}"),
            new Endpoint("/api/plans/{plan}/adoptions", "{\"decision\":{\"body\":\"KF\",\"date\":\"2022-01-15\","
                    + "\"paragraph\":\"§ 1\"}}"),
            new Endpoint("/api/plans/{plan}/goals", "{\"id\":\"fz-g{n}\",\"title\":\"Mål\",\"area\":\"Skola\","
                    + "\"direction\":true,\"sdgs\":[4,10],\"desiredEffects\":[\"Trygghet\"],\"ambition\":\"Mer\","
                    + "\"effectiveDate\":\"2022-03-01\"}"),
            new Endpoint("/api/goals/{goal}/revisions", "{\"title\":\"Nytt\",\"ambition\":\"Mer\",\"reason\":\"Beslut\","
                    + "\"decision\":{\"body\":\"KF\",\"date\":\"2022-04-01\",\"paragraph\":\"§ 3\"},"
                    + "\"effectiveDate\":\"2022-04-01\"}"),
            new Endpoint("/api/goals/{goal}/prognoses", "{\"prognosis\":\"MET\",\"motivation\":\"Bra\","
                    + "\"effectiveDate\":\"2022-05-31\"}"),
            new Endpoint("/api/goals/{goal}/comments", COMMENT),
            new Endpoint("/api/goals/{goal}/month-reports", "{\"month\":\"2022-03\",\"mark\":\"RISING\"}"),
            new Endpoint("/api/goals/{goal}/indicators", "{\"id\":\"fz-i{n}\",\"name\":\"Andel\",\"unit\":\"%\","
                    + "\"baseline\":{\"value\":80,\"date\":\"2021-12-31\"},\"target\":{\"value\":90,"
                    + "\"date\":\"2022-12-31\"},\"source\":\"Kolada\",\"effectiveDate\":\"2022-02-01\"}"),
            new Endpoint("/api/indicators/{indicator}/measurements", "{\"value\":84.5,\"effectiveDate\":\"2022-06-30\","
                    + "\"comment\":\"Mätt\"}"),
            new Endpoint("/api/indicators/{indicator}/target-revisions", "{\"target\":{\"value\":95,"
                    + "\"date\":\"2022-12-31\"},\"reason\":\"Höjt\",\"decision\":{\"body\":\"KS\",\"date\":\"2022-05-20\","
                    + "\"paragraph\":\"§ 7\"},\"effectiveDate\":\"2022-06-01\"}"),
            new Endpoint("/api/indicators/{indicator}/comments", COMMENT),
            new Endpoint("/api/plans/{plan}/activities", "{\"id\":\"fz-a{n}\",\"goalIds\":[\"{goal}\"],"
                    + "\"title\":\"Aktivitet\",\"description\":\"Text\",\"responsible\":{\"person\":\"Eva\","
                    + "\"unit\":\"KS\"},\"partners\":[\"Polisen\"],\"start\":\"2022-02-01\",\"end\":\"2022-11-30\","
                    + "\"desiredState\":\"Trygg\",\"effectiveDate\":\"2022-02-01\"}"),
            new Endpoint("/api/activities/{activity}/status", "{\"status\":\"ON_TRACK\",\"explanation\":\"Går bra\","
                    + "\"effectiveDate\":\"2022-06-30\"}"),
            new Endpoint("/api/activities/{activity}/comments", COMMENT),
            new Endpoint("/api/activities/{activity}/reschedulings", "{\"start\":\"2022-03-01\",\"end\":\"2022-12-31\","
                    + "\"reason\":\"Sjukdom\",\"effectiveDate\":\"2022-06-30\"}"),
            new Endpoint("/api/activities/{activity}/reassignments", "{\"responsible\":{\"person\":\"Ola\","
                    + "\"unit\":\"BUN\"},\"reason\":\"Byte\",\"effectiveDate\":\"2022-06-30\"}"),
            new Endpoint("/api/activities/{activity}/month-reports", "{\"month\":\"2022-04\",\"mark\":\"AS_PLANNED\"}"));

    @Autowired
    DataSource dataSource;

    @Test
    void hostileRequestsAreRefusedCleanlyAndStoreNothing() {
        givenPlan();
        String goal = goal("g", "");
        String activity = activity("a", goal, "2022-01-01");
        String indicator = plan + "-i";
        write("admin", "/api/goals/" + goal + "/indicators", "{'id':'" + indicator + "','name':'Behöriga','unit':'%',"
                + "'target':{'value':90,'date':'2022-12-31'}}");
        var ids = Map.of("plan", plan, "goal", goal, "activity", activity, "indicator", indicator);
        var http = new RawHttp(port);
        var events = new EventTable(dataSource);

        // every template is a request the ledger accepts: the mutations start from valid ground
        for (var endpoint : ENDPOINTS) {
            var answer = send(http, new HostileRequests(0, List.of(endpoint), ids).valid());
            assertThat(answer.status()).as(endpoint.path() + " " + answer.body()).isBetween(200, 299);
        }

        var generator = new HostileRequests(SEED, ENDPOINTS, ids);
        var statuses = new TreeMap<Integer, Integer>();
        var failures = new ArrayList<String>();
        long stored = events.count();
        for (int i = 0; i < REQUESTS; i++) {
            var hostile = generator.next();
            var answer = send(http, hostile);
            statuses.merge(answer.status(), 1, Integer::sum);
            long now = events.count();
            String problem = judge(answer, now - stored);
            if (problem != null && failures.size() < 30) {
                failures.add(problem + ": " + hostile.label() + " " + hostile.method() + " " + clip(hostile.path())
                        + " [" + hostile.contentType() + "] " + clip(new String(hostile.body(), StandardCharsets.UTF_8))
                        + " → " + answer.status() + " " + answer.contentType() + " " + clip(answer.body()));
            }
            stored = now;
        }
        System.out.println("Hostile requests by status: " + statuses);
        assertThat(failures).as("failures (first 30)").isEmpty();
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REQUESTS);

        // the read side still follows the writes
        write("chef", "/api/activities/" + activity + "/comments", "{'text':'efter fuzz','effectiveDate':'2022-07-01'}");
        assertThat(read("/api/activities/" + activity + "/events").toString()).contains("efter fuzz");
        // an accepted but poisoned plan, goal or indicator would be parked there, not in a 5xx
        var letters = api.get("admin", "/api/admin/dead-letters");
        assertThat(letters.status()).as(letters.body()).isEqualTo(200);
        assertThat(letters.json()).as(letters.body()).isEmpty();
        var health = api.get("admin", "/actuator/health");
        assertThat(health.json().at("/components/deadLetters/status").asText()).as(health.body()).isEqualTo("UP");
    }

    private static String judge(RawHttp.Answer answer, long newEvents) {
        if (answer.status() >= 500) {
            return "5xx";
        }
        if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            return "not problem+json";
        }
        if (answer.status() >= 400 && newEvents != 0) {
            return newEvents + " events stored by a refused request";
        }
        return null;
    }

    private static RawHttp.Answer send(RawHttp http, HostileRequests.Hostile hostile) {
        return http.send(hostile.method(), "admin", hostile.path(), hostile.contentType(), hostile.body(),
                hostile.headers());
    }

    private static String clip(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + ")";
    }
}
