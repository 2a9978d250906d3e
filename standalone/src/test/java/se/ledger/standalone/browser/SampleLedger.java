package se.ledger.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import se.ledger.platform.test.Api;

/**
 * The running ledger through its API for the browser tests: the Vaggeryd sample it imported on
 * its empty data directory, writes as a user, and reads that wait for the read side to have them.
 */
final class SampleLedger {

    private final Api api;
    private long lastPosition;

    SampleLedger(int port) {
        this.api = new Api(port);
    }

    /** The sample plan (13 top goals), once the read side has all of it. */
    String samplePlan() throws InterruptedException {
        for (int attempt = 0; attempt < 300; attempt++) {
            for (JsonNode candidate : api.get("revisor", "/api/plans").json()) {
                if (candidate.get("organisation").asText().equals("Vaggeryds kommun")) {
                    String id = candidate.get("id").asText();
                    var view = api.get("revisor", "/api/plans/" + id);
                    if (view.status() == 200 && view.json().get("goals").size() == 13) {
                        return id;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The sample plan was not imported");
    }

    /** A plan with one goal in a målområde and one indicator, measured twice and once without new data. */
    String indicatorPlan(String id) {
        write("admin", "/api/plans", "{'id':'" + id + "','organisation':'Serieby kommun','title':'Serier',"
                + "'periodStart':'2022-01-01','periodEnd':'2022-12-31'}");
        write("admin", "/api/plans/" + id + "/goals", "{'id':'" + id + "-g','title':'Mätbart mål','area':'Tillväxt'}");
        write("admin", "/api/goals/" + id + "-g/indicators", "{'id':'" + id + "-i','name':'Andel nöjda','unit':'%',"
                + "'baseline':{'value':10,'date':'2021-12-31'},'target':{'value':20,'date':'2022-12-31'}}");
        write("chef", "/api/indicators/" + id + "-i/measurements", "{'value':12,'effectiveDate':'2022-03-31'}");
        write("chef", "/api/indicators/" + id + "-i/measurements", "{'value':14,'effectiveDate':'2022-06-30'}");
        write("chef", "/api/indicators/" + id + "-i/measurements", "{'noNewData':true,'effectiveDate':'2022-07-31'}");
        read("/api/plans/" + id);
        return id;
    }

    JsonNode write(String user, String path, String body) {
        var response = api.post(user, path, json(body));
        assertThat(response.status()).as(path + " " + response.body()).isIn(200, 201);
        lastPosition = response.json().get("position").asLong();
        return response.json();
    }

    JsonNode read(String path) {
        var response = api.get("revisor", path + (path.contains("?") ? "&" : "?") + "minPosition=" + lastPosition);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    /** The ids of the activities of the plan's top goal with this title. */
    List<String> activityIds(String plan, String goalTitle) {
        for (JsonNode goal : read("/api/plans/" + plan).get("goals")) {
            if (goal.get("title").asText().equals(goalTitle)) {
                var ids = new ArrayList<String>();
                goal.get("activities").forEach(a -> ids.add(a.get("id").asText()));
                return ids;
            }
        }
        throw new AssertionError("No goal " + goalTitle);
    }
}
