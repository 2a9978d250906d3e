package se.ledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ledger.platform.test.Api;
import se.ledger.platform.test.EventTable;
import se.ledger.standalone.LedgerStandalone;

/** The README's newcomer: a ledger started on an empty data directory shows the Vaggeryd plan at once. */
class SampleAutoImportIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(boolean importSample) {
        return new SpringApplicationBuilder(LedgerStandalone.class).run("--server.port=0",
                "--ledger.data-dir=" + dataDir, "--ledger.durable=false", "--ledger.import-sample=" + importSample);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /** The plans the read side lists once it has caught up with {@code expected} of them. */
    private static List<String> plans(Api api, int expected) throws InterruptedException {
        var ids = new ArrayList<String>();
        for (int attempt = 0; attempt < 200 && ids.size() < expected; attempt++) {
            ids.clear();
            var response = api.get("revisor", "/api/plans");
            assertThat(response.status()).isEqualTo(200);
            for (JsonNode plan : response.json()) {
                ids.add(plan.get("id").asText());
            }
            Thread.sleep(100);
        }
        return ids;
    }

    /** Read once the projection has every stored event (the sample is imported while the ledger starts). */
    private static JsonNode caughtUp(ConfigurableApplicationContext context, String path) throws InterruptedException {
        long last = JdbcClient.create(context.getBean(DataSource.class))
                .sql("SELECT max(globalindex) FROM public.domainevententry").query(Long.class).single();
        for (int attempt = 0; attempt < 100; attempt++) {
            var response = api(context).get("revisor", path + "?minPosition=" + last);
            if (response.status() != 503) {
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                return response.json();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The projection did not reach position " + last);
    }

    @Test
    void anEmptyDataDirectoryStartsWithTheSamplePlanAndOnlyOnce() throws InterruptedException {
        long stored;
        try (var context = start(true)) {
            assertThat(plans(api(context), 1)).containsExactly("vaggeryds-kommun-2022");
            var plan = caughtUp(context, "/api/plans/vaggeryds-kommun-2022");
            assertThat(plan.get("organisation").asText()).isEqualTo("Vaggeryds kommun");
            assertThat(plan.get("goals")).hasSize(13);
            var events = new EventTable(context.getBean(DataSource.class));
            stored = events.count();
            assertThat(stored).isEqualTo(158);
            assertThat(events.of("vaggeryds-kommun-2022").get(0).payload().get("actor").asText())
                    .isEqualTo("import:vaggeryd-verksamhetsplan-2022-augusti.tsv");
        }
        try (var context = start(true)) {
            assertThat(new EventTable(context.getBean(DataSource.class)).count()).isEqualTo(stored);
        }
    }

    @Test
    void aLedgerWithEventsIsLeftAsItIs() throws InterruptedException {
        try (var context = start(false)) {
            assertThat(api(context).post("admin", "/api/plans", json("{'id':'egen','organisation':'Vaggeryds kommun',"
                    + "'title':'Egen plan','periodStart':'2022-01-01','periodEnd':'2022-12-31'}")).status())
                    .isEqualTo(201);
        }
        try (var context = start(true)) {
            assertThat(plans(api(context), 1)).containsExactly("egen");
            assertThat(new EventTable(context.getBean(DataSource.class)).count()).isEqualTo(1);
        }
    }
}
