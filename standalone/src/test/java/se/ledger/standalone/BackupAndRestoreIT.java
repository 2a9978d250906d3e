package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ledger.platform.test.Api;
import se.ledger.standalone.backup.Restore;

/**
 * The verified backup: the Vaggeryd sample and further events exported from one ledger, restored
 * into an empty data directory: same root, same plan views, and a ledger that works on.
 */
class BackupAndRestoreIT {

    private static final String PLAN = "vaggeryds-kommun-2022";

    @TempDir
    Path source;
    @TempDir
    Path target;

    private static ConfigurableApplicationContext start(Path dataDir, boolean sample) {
        return new SpringApplicationBuilder(LedgerStandalone.class).profiles("it").run("--server.port=0",
                "--ledger.data-dir=" + dataDir, "--ledger.import-sample=" + sample);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void aRestoredLedgerHasTheSameLeavesRootAndPlanViews() throws Exception {
        try (var original = start(source, true)) {
            var api = api(original);
            await("the sample plan with its activities").atMost(Duration.ofSeconds(90)).until(() -> {
                var plan = api.get("revisor", "/api/plans/" + PLAN);
                return plan.status() == 200 && plan.json().findValue("activities") != null
                        && !plan.json().findValue("activities").isEmpty();
            });
            String activity = api.get("revisor", "/api/plans/" + PLAN).json().findValue("activities").get(0)
                    .get("id").asText();
            assertThat(api.post("chef", "/api/activities/" + activity + "/status", Api.json("{'status':'DEVIATING',"
                    + "'explanation':'Leverantören försenad','effectiveDate':'2022-08-31'}")).status()).isEqualTo(200);
            assertThat(api.post("chef", "/api/activities/" + activity + "/comments", Api.json("{'text':'Ny leverantör"
                    + " vald','effectiveDate':'2022-09-02'}")).status()).isEqualTo(200);
            var report = api.post("admin", "/api/plans/" + PLAN + "/reports", Api.json("{'id':'aug',"
                    + "'title':'Delårsrapport per 31 augusti','reportDate':'2022-08-31'}"));
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            await("the report's checkpoint").atMost(Duration.ofSeconds(30)).until(() -> api.get("revisor",
                    "/api/proof/checkpoints?plan=" + PLAN).json().findValuesAsText("reason")
                    .contains("Rapport aug utfärdad"));
            Instant asOf = Instant.now();
            String view = "/api/plans/" + PLAN + "?asOf=" + asOf + "&validAt=2022-09-30";
            String reportView = "/api/plans/" + PLAN + "?report=aug";
            // read once the projection has every stored event, in every segment
            long last = new JdbcTemplate(original.getBean(DataSource.class))
                    .queryForObject("SELECT max(globalindex) FROM public.domainevententry", Long.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> api.get("revisor", reportView + "&minPosition=" + last)
                    .status() == 200);
            String originalView = api.get("revisor", view).body();
            String originalReport = api.get("revisor", reportView).body();
            assertThat(originalView).contains("Ny leverantör");

            var export = api.getBytes("admin", "/api/admin/export-all");
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(api.getBytes("chef", "/api/admin/export-all").statusCode()).isEqualTo(403);
            var checkpoints = api.get("revisor", "/api/proof/checkpoints").json();
            String exportedRoot = checkpoints.get(checkpoints.size() - 1).get("rootHash").asText();

            try (var restored = start(target, false)) {
                var result = restored.getBean(Restore.class).restore(new ByteArrayInputStream(export.body()));
                assertThat(result.rootHash()).isEqualTo(exportedRoot);
                assertThat(result.checkpointsKept()).isFalse(); // a fresh data directory, so a key of its own
                var other = api(restored);
                await("the restored projection").atMost(Duration.ofSeconds(90))
                        .until(() -> other.get("revisor", view).body().equals(originalView));
                assertThat(other.get("revisor", reportView).body()).isEqualTo(originalReport);
                var audit = other.post("admin", "/api/admin/proof/audit", "");
                assertThat(audit.json().get("ok").asBoolean()).as(audit.body()).isTrue();
                // the restored ledger takes new writes; its directory knows the restored plan
                var more = other.post("chef", "/api/activities/" + activity + "/status",
                        Api.json("{'status':'ON_TRACK','effectiveDate':'2022-10-31'}"));
                assertThat(more.status()).as(more.body()).isEqualTo(200);
                var duplicate = other.post("admin", "/api/plans", Api.json("{'id':'" + PLAN + "','organisation':'X',"
                        + "'title':'Dubblett','periodStart':'2022-01-01','periodEnd':'2022-12-31'}"));
                assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
                var again = restored.getBean(Restore.class);
                assertThat(catchThrowable(() -> again.restore(new ByteArrayInputStream(export.body()))))
                        .hasMessageContaining("inte tom");
            }
        }
    }
}
