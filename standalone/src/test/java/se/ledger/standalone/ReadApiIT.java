package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.ledger.platform.test.Api;
import se.ledger.query.QuerySideConfig;

/** Who may read, what bad parameters get, and waiting for one's own writes. */
class ReadApiIT extends LedgerTestBase {

    @Autowired
    EventProcessingConfiguration processing;

    @ParameterizedTest(name = "{0} reads")
    @CsvSource({"revisor", "dashboard", "chef", "admin"})
    void everyRoleMayRead(String user) {
        givenPlan();
        var response = api.get(user, "/api/plans/" + plan + "?minPosition=" + lastPosition);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("organisation").asText()).isEqualTo("Vaggeryds kommun");
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
            "/api/plans/{p}?asOf=igår, 400, asOf",
            "/api/plans/{p}?validAt=2022-13-01, 400, validAt",
            "/api/plans/{p}/history?year=tjugo, 400, year",
            "/api/plans/{p}/changes, 400, from",
            "/api/plans/{p}?minPosition=-3, 400, minPosition",
            "/api/plans/nope, 404, ",
            "/api/plans/nope/history?year=2022, 404, ",
            "/api/activities/nope/events, 404, ",
            "/api/goals/{p}/events, 404, ",
            "/api/widgets/x/events, 404, "})
    void badParametersGetProblemJson(String path, int status, String field) {
        givenPlan();
        var response = api.get("revisor", path.replace("{p}", plan));
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
        }
    }

    @Test
    void readersNeedCredentials() {
        assertThat(api.get(null, "/api/plans").status()).isEqualTo(401);
        assertThat(api.get("revisor:fel", "/api/plans").status()).isEqualTo(401);
    }

    @Test
    void onlyAdministratorsRebuild() {
        assertThat(api.post("revisor", "/api/admin/replays/plan-projection", "").status()).isEqualTo(403);
        assertThat(api.post("chef", "/api/admin/replays/plan-projection", "").status()).isEqualTo(403);
        assertThat(api.post("admin", "/api/admin/replays/no-such-projection", "").status()).isEqualTo(404);
    }

    @Test
    void aPositionNotYetProjectedIsAnswered503WithRetryAfter() {
        var projection = processing.eventProcessor(QuerySideConfig.PLAN_PROJECTION, StreamingEventProcessor.class)
                .orElseThrow();
        projection.shutDown();
        Api.Response response;
        try {
            givenPlan();
            response = api.get("revisor", "/api/plans?minPosition=" + lastPosition);
        } finally {
            projection.start();
        }
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("1");
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPositionNoWriteHasReachedIsAnswered400AtOnce() {
        givenPlan();
        var response = api.get("revisor", "/api/plans?minPosition=" + (lastPosition + 1000));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("minPosition");
    }

    @Test
    void plansAreListed() {
        givenPlan();
        var plans = read("/api/plans");
        assertThat(find(plans, "id", plan).get("periodEnd").asText()).isEqualTo("2022-12-31");
    }
}
