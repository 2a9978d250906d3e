package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import se.ledger.platform.test.Api;
import se.ledger.standalone.backup.Restore;

/** The verified backup: exported from one ledger, restored into an empty one, same root, same plan. */
class BackupAndRestoreIT extends LedgerTestBase {

    @Test
    void aRestoredLedgerHasTheSameLeavesRootAndPlanViews() throws Exception {
        givenPlan();
        String activity = activity("a", goal("g", ""), "2022-01-01");
        status(activity, "DEVIATING", "Leverantören försenad", "2022-03-31");
        write("chef", "/api/activities/" + activity + "/comments", "{'text':'Ny leverantör vald','effectiveDate':'2022-04-02'}");
        write("admin", "/api/plans/" + plan + "/reports", "{'id':'" + plan + "-apr',"
                + "'title':'Delårsrapport per 30 april','reportDate':'2022-04-30'}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("revisor", "/api/proof/checkpoints?plan=" + plan).json().findValuesAsText("reason")
                        .contains("Rapport " + plan + "-apr utfärdad"));
        Instant asOf = Instant.now();
        String view = "/api/plans/" + plan + "?asOf=" + asOf + "&validAt=2022-04-30";
        String original = read(view).toString();

        var export = api.getBytes("admin", "/api/admin/export-all");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(api.getBytes("chef", "/api/admin/export-all").statusCode()).isEqualTo(403);
        String exportedRoot = api.get("revisor", "/api/proof/checkpoints").json().findValuesAsText("rootHash")
                .stream().reduce((a, b) -> b).orElseThrow();

        try (var restored = new SpringApplicationBuilder(LedgerStandalone.class).profiles("it")
                .run("--ledger.data-dir=target/it-db/restore-" + UUID.randomUUID(), "--server.port=0",
                        "--ledger.import-sample=false")) {
            var result = restored.getBean(Restore.class).restore(new ByteArrayInputStream(export.body()));
            assertThat(result.rootHash()).isEqualTo(exportedRoot);
            assertThat(result.checkpointsKept()).isFalse(); // a fresh data directory, so a key of its own
            var other = new Api(((WebServerApplicationContext) restored).getWebServer().getPort());
            await("the restored projection").atMost(Duration.ofSeconds(60)).until(() -> {
                var answer = other.get("revisor", view);
                return answer.status() == 200 && answer.json().toString().equals(original);
            });
            var audit = other.post("admin", "/api/admin/proof/audit", "");
            assertThat(audit.json().get("ok").asBoolean()).as(audit.body()).isTrue();
            // the restored ledger takes new writes, its directory knows the restored plan
            var more = other.post("chef", "/api/activities/" + activity + "/status",
                    Api.json("{'status':'ON_TRACK','effectiveDate':'2022-05-31'}"));
            assertThat(more.status()).as(more.body()).isEqualTo(200);
            var duplicate = other.post("admin", "/api/plans", Api.json("{'id':'" + plan + "','organisation':'X',"
                    + "'title':'Dubblett','periodStart':'2022-01-01','periodEnd':'2022-12-31'}"));
            assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
            var again = restored.getBean(Restore.class);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                    again.restore(new ByteArrayInputStream(export.body())))).hasMessageContaining("inte tom");
        }
    }
}
