package se.ledger.standalone.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ledger.standalone.processes.HttpLedger;

/** What the read side answers about plan "p" and its activities, and a rebuild of it to compare with. */
final class Projections {

    private Projections() {
    }

    /** The projection's notion of "now" once it has taken in {@code position}, to ask later as of it. */
    static String asOf(HttpLedger http, long position) {
        return read(http, "/api/plans/p?minPosition=" + position).get("asOf").asText();
    }

    static Map<String, JsonNode> answers(HttpLedger http, List<String> activities, long position,
            String asOf) {
        var answers = new LinkedHashMap<String, JsonNode>();
        for (String activity : activities) {
            var events = read(http, "/api/activities/" + activity + "/events?minPosition=" + position);
            answers.put(activity, events);
        }
        answers.put("plan", read(http, "/api/plans/p?asOf=" + asOf + "&validAt=2022-12-31"));
        answers.put("history", read(http, "/api/plans/p/history?year=2022&asOf=" + asOf));
        return answers;
    }

    static JsonNode read(HttpLedger http, String path) {
        var answer = await(path).atMost(Duration.ofMinutes(1)).until(() -> http.get("revisor", path), a -> a.status() == 200);
        return answer.json();
    }

    static void rebuild(HttpLedger http) {
        var started = http.post("admin", "/api/admin/replays/plan-projection", "", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        await("rebuild finished").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get("admin", "/api/admin/replays/plan-projection").json().get("rebuilding").asBoolean(),
                        rebuilding -> !rebuilding);
    }
}
