package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.ledger.standalone.imports.Upload;

/**
 * What an operator watches, over real HTTP: a status write counted in the write timer, the
 * projection's lag per segment, readiness once it has caught up, and who may read all this.
 */
class OperationsMetricsIT extends LedgerTestBase {

    private static final String STATUS_WRITES =
            "ledger_write_seconds_count{command=\"ChangeActivityStatus\",outcome=\"success\"}";

    @Test
    void aStatusWriteIsCountedAndTheLagOfEverySegmentIsShown() {
        givenPlan();
        String activity = activity("a", goal("g", ""), "2022-01-01");
        double before = value(prometheus(), STATUS_WRITES);

        status(activity, "ON_TRACK", null, "2022-06-30");

        String after = prometheus();
        assertThat(value(after, STATUS_WRITES)).isEqualTo(before + 1);
        assertThat(after).contains("ledger_write_seconds_sum{command=\"ChangeActivityStatus\",outcome=\"success\"}");
        for (int segment = 0; segment < 4; segment++) {
            assertThat(after).contains("ledger_projection_lag_events{projection=\"plan-projection\",segment=\""
                    + segment + "\"}");
            assertThat(after).contains("ledger_projection_lag_seconds{projection=\"plan-projection\",segment=\""
                    + segment + "\"}");
        }
        assertThat(value(after, "ledger_rebuild_running{projection=\"plan-projection\"}")).isZero();
        assertThat(after).doesNotContain(activity).doesNotContain(plan);
    }

    @Test
    void anImportIsTimedByKindAndDryRun() {
        String series = "ledger_import_seconds_count{dryRun=\"true\",kind=\"plan\",outcome=\"success\"}";
        double before = value(prometheus(), series);
        String sheet = "typ;id;titel;organisation;start;slut\nPLAN;" + plan + ";Verksamhetsplan 2022;Testkommun;"
                + "2022-01-01;2022-12-31\n";

        var response = Upload.post(port, "admin", "/api/imports?dryRun=true", plan + ".csv",
                sheet.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(value(prometheus(), series)).isEqualTo(before + 1);
    }

    @Test
    void readinessIsUpOnceTheProjectionHasCaughtUpAndNamesItsParts() {
        givenPlan();
        read("/api/plans/" + plan);

        var readiness = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("admin", "/actuator/health/readiness"), r -> r.status() == 200
                        && r.json().at("/components/projection/status").asText().equals("UP"));
        assertThat(readiness.json().at("/status").asText()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/deadLetters/status").asText()).isIn("UP", "DEAD_LETTERS");
        assertThat(readiness.json().at("/components/projection/details/segments").size()).isEqualTo(4);
        assertThat(api.get("admin", "/actuator/health/liveness").json().at("/status").asText()).isEqualTo("UP");
    }

    /** As health today: every caller logs in; details and metrics are the administrator's. */
    @Test
    void onlyAnAdministratorReadsMetricsAndHealthDetails() {
        assertThat(api.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        for (String user : new String[] {"chef", "revisor", "dashboard"}) {
            var refused = api.get(user, "/actuator/prometheus");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get(null, "/actuator/health/readiness").status()).isEqualTo(401);
        var probe = api.get("dashboard", "/actuator/health/readiness");
        assertThat(probe.json().at("/components/projection/details").isMissingNode()).isTrue();
    }

    private String prometheus() {
        var response = api.get("admin", "/actuator/prometheus");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** A series' value, 0 when it has none yet (a counter that has not started). */
    private static double value(String exposition, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(exposition);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
