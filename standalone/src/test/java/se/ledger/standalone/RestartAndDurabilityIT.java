package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ledger.platform.test.Api;
import se.ledger.platform.test.EventTable;

/** The standalone ledger as a municipality runs it: durable, and its data outlives the process. */
class RestartAndDurabilityIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerStandalone.class)
                .run("--server.port=0", "--ledger.data-dir=" + dataDir, "--ledger.import-sample=false");
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void acknowledgedEventsAreFlushedToDisk() {
        try (var context = start()) {
            var jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW full_page_writes").query(String.class).single()).isEqualTo("on");
        }
    }

    @Test
    void stopAndRestartKeepsEveryEventAndEveryVersion() {
        long stored;
        try (var context = start()) {
            var api = api(context);
            assertThat(api.post("admin", "/api/plans", json("{'id':'p1','organisation':'Vaggeryds kommun',"
                    + "'title':'Verksamhetsplan 2022','periodStart':'2022-01-01','periodEnd':'2022-12-31'}"))
                    .status()).isEqualTo(201);
            assertThat(api.post("admin", "/api/plans/p1/goals", json("{'id':'g1','title':'Lokalförsörjning'}"))
                    .status()).isEqualTo(201);
            assertThat(api.post("chef", "/api/plans/p1/activities", json("{'id':'a1','goalIds':['g1'],"
                    + "'title':'Samordnad lokalförsörjningsplan','responsible':{'person':'Magnus Ljunggren'}}"))
                    .status()).isEqualTo(201);
            assertThat(api.post("chef", "/api/activities/a1/status",
                    json("{'status':'COMPLETED','effectiveDate':'2022-08-31'}")).status()).isEqualTo(200);
            stored = new EventTable(context.getBean(DataSource.class)).count();
        }
        try (var context = start()) {
            var api = api(context);
            var events = new EventTable(context.getBean(DataSource.class));
            assertThat(events.count()).isEqualTo(stored);
            assertThat(events.of("a1")).extracting(EventTable.Row::type)
                    .containsExactly("ActivityPlanned", "ActivityStatusChanged");
            // the aggregate is rebuilt from the stored events: the completion still holds
            var refused = api.post("chef", "/api/activities/a1/status", json("{'status':'ON_TRACK'}"));
            assertThat(refused.status()).isEqualTo(422);
            var comment = api.post("chef", "/api/activities/a1/comments",
                    json("{'text':'Klart i tid','effectiveDate':'2022-09-01'}"));
            assertThat(comment.status()).isEqualTo(200);
            assertThat(comment.json().get("version").asLong()).isEqualTo(2);
            var duplicate = api.post("admin", "/api/plans/p1/goals", json("{'id':'g1','title':'Igen'}"));
            assertThat(duplicate.status()).isEqualTo(409);
        }
    }
}
