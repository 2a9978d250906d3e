package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.ledger.platform.test.Api.json;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.Arrays;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import se.ledger.proof.note.NoteSigner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ledger.events.LedgerEvent;
import se.ledger.platform.test.Api;
import se.ledger.query.QuerySideConfig;

/** Two query-side nodes on one database share the projection's segments and project each event once. */
class TwoQueryNodesIT {

    /** Counts who handled what, in the projection's own processor; a duplicate would show as a second row. */
    @ProcessingGroup(QuerySideConfig.PLAN_PROJECTION)
    static class Probe {
        private final JdbcClient jdbc;
        private final String node;

        Probe(JdbcClient jdbc, String node) {
            this.jdbc = jdbc;
            this.node = node;
        }

        @EventHandler
        void on(LedgerEvent event, EventMessage<?> message) {
            jdbc.sql("INSERT INTO probe.handled (event_id, node) VALUES (?, ?)")
                    .params(message.getIdentifier(), node).update();
        }
    }

    private static ConfigurableApplicationContext node(String url, String name) {
        return node(url, name, KEY);
    }

    private static ConfigurableApplicationContext node(String url, String name, String key) {
        return new SpringApplicationBuilder(LedgerStandalone.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean(Probe.class,
                        () -> new Probe(JdbcClient.create(((GenericApplicationContext) context)
                                .getBean(javax.sql.DataSource.class)), name)))
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--ledger.import-sample=false", "--ledger.projection.segments=4",
                        "--ledger.projection.max-claimed-segments=2", "--ledger.projection.node-id=" + name,
                        "--logging.level.org.axonframework=WARN", "--ledger.proof.private-key=" + key);
    }

    /** Nodes of one ledger sign with one key. */
    private static final String KEY = NoteSigner.generate("two-nodes.test").privateKey();

    @Test
    void aNodeWithAnotherSigningKeyDoesNotStart() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (var a = node(url, "node-a")) {
                var other = NoteSigner.generate("two-nodes.test").privateKey();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> node(url, "node-b", other).close())
                        .hasStackTraceContaining("Ge noden samma nyckel");
            }
        }
    }

    @Test
    void twoNodesShareTheSegmentsAndTogetherProjectEveryEventExactlyOnce() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            var jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            jdbc.sql("CREATE SCHEMA probe").update();
            jdbc.sql("CREATE TABLE probe.handled (event_id VARCHAR(255) NOT NULL, node VARCHAR(50) NOT NULL)").update();
            try (var a = node(url, "node-a"); var b = node(url, "node-b")) {
                awaitClaims(jdbc);
                var writer = new Api(port(a));
                writer.post("admin", "/api/plans", json("{'id':'p','organisation':'K','title':'Plan',"
                        + "'periodStart':'2022-01-01','periodEnd':'2022-12-31'}"));
                writer.post("admin", "/api/plans/p/goals", json("{'id':'g','title':'Mål'}"));
                long last = 0;
                for (int i = 0; i < 16; i++) {
                    writer.post("chef", "/api/plans/p/activities", json("{'id':'a" + i + "','goalIds':['g'],"
                            + "'title':'Aktivitet " + i + "','responsible':{'person':'A'}}"));
                    last = writer.post("chef", "/api/activities/a" + i + "/status",
                            json("{'status':'ON_TRACK','effectiveDate':'2022-03-31'}")).json().get("position").asLong();
                }
                var reader = new Api(port(b));
                var plan = reader.get("revisor", "/api/plans/p?validAt=2022-03-31&minPosition=" + last);
                assertThat(plan.status()).as(plan.body()).isEqualTo(200);
                assertThat(plan.json().get("goals").get(0).get("activities")).hasSize(16);
                assertThat(new Api(port(a)).get("revisor", "/api/plans/p?minPosition=" + last).status()).isEqualTo(200);

                long events = jdbc.sql("SELECT count(*) FROM public.domainevententry").query(Long.class).single();
                assertThat(events).isEqualTo(34);
                awaitProbes(jdbc, events, last, a, b);
                assertThat(jdbc.sql("SELECT count(DISTINCT event_id) FROM probe.handled").query(Long.class)
                        .single()).isEqualTo(events);
                assertThat(jdbc.sql("SELECT node FROM probe.handled GROUP BY node ORDER BY node")
                        .query(String.class).list()).containsExactly("node-a", "node-b");
                assertThat(jdbc.sql("SELECT count(*) FROM query.event_log").query(Long.class).single())
                        .isEqualTo(events);
            }
        }
    }

    private static void awaitClaims(JdbcClient jdbc) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql("SELECT owner FROM"
                + " public.tokenentry WHERE processorname = ? AND owner IS NOT NULL ORDER BY owner")
                .param(QuerySideConfig.PLAN_PROJECTION).query(String.class).list())
                .as("segments shared").containsExactly("node-a", "node-a", "node-b", "node-b"));
    }

    /**
     * Once every segment of both nodes has committed its token at the last event, no handler has
     * anything left to write: a duplicate would already be among the probes.
     */
    private static void awaitProbes(JdbcClient jdbc, long events, long last, ConfigurableApplicationContext... nodes) {
        await().atMost(Duration.ofSeconds(15)).until(() -> Arrays.stream(nodes).allMatch(node -> caughtUp(node, last))
                && jdbc.sql("SELECT count(*) FROM probe.handled").query(Long.class).single() >= events);
        assertThat(jdbc.sql("SELECT count(*) FROM probe.handled").query(Long.class).single()).isEqualTo(events);
    }

    private static boolean caughtUp(ConfigurableApplicationContext node, long position) {
        var status = node.getBean(EventProcessingConfiguration.class)
                .eventProcessor(QuerySideConfig.PLAN_PROJECTION, StreamingEventProcessor.class).orElseThrow()
                .processingStatus().values();
        return !status.isEmpty() && status.stream().allMatch(s -> s.getCurrentPosition().orElse(-1) >= position);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
