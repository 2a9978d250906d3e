package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.platform.test.Api;

/** The standalone ledger over real HTTP: writes through the command API, reads through the query API. */
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Spring Boot's tests turn metrics export off by default; OperationsMetricsIT reads /actuator/prometheus
        properties = {"ledger.import-sample=false", "ledger.projection.wait-millis=2000",
                "management.prometheus.metrics.export.enabled=true"})
@ActiveProfiles("it")
abstract class LedgerTestBase {

    @LocalServerPort
    int port;

    protected Api api;
    protected String plan;
    protected long lastPosition;

    @BeforeEach
    void connect() {
        api = new Api(port);
        plan = "plan-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Posts and remembers the write's position, so reads can wait for it. */
    protected JsonNode write(String user, String path, String body) {
        var response = api.post(user, path, json(body));
        assertThat(response.status()).as(path + " " + response.body()).isIn(200, 201);
        lastPosition = response.json().get("position").asLong();
        return response.json();
    }

    protected JsonNode read(String path) {
        var response = api.get("revisor", path + (path.contains("?") ? "&" : "?") + "minPosition=" + lastPosition);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    protected void givenPlan() {
        write("admin", "/api/plans", "{'id':'" + plan + "','organisation':'Vaggeryds kommun',"
                + "'title':'Verksamhetsplan 2022','periodStart':'2022-01-01','periodEnd':'2022-12-31'}");
    }

    protected String goal(String id, String extra) {
        write("admin", "/api/plans/" + plan + "/goals", "{'id':'" + plan + "-" + id + "','title':'Mål " + id + "'"
                + extra + "}");
        return plan + "-" + id;
    }

    protected String activity(String id, String goal, String start) {
        write("chef", "/api/plans/" + plan + "/activities", "{'id':'" + plan + "-" + id + "','goalIds':['" + goal
                + "'],'title':'Aktivitet " + id + "','responsible':{'person':'Torbjörn Åkerblad','unit':'KS'},"
                + "'start':'" + start + "','end':'2022-12-31'}");
        return plan + "-" + id;
    }

    protected JsonNode status(String activity, String status, String explanation, String effective) {
        return write("chef", "/api/activities/" + activity + "/status", "{'status':'" + status + "'"
                + (explanation == null ? "" : ",'explanation':'" + explanation + "'") + ",'effectiveDate':'"
                + effective + "'}");
    }

    protected static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("No " + field + "=" + value + " in " + array);
    }
}
