package se.ledger.standalone.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.ledger.platform.test.Api.json;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.ledger.platform.test.Api;
import se.ledger.standalone.LedgerStandalone;
import se.ledger.standalone.processes.DebianPostgres;

/**
 * The ledger on a database server of its own (spring.datasource.url), which crashes and comes
 * back: meanwhile requests answer 503 at once, afterwards the pool and the projection recover by
 * themselves and nothing acknowledged is lost.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("crash")
class ExternalDatabaseLossIT {

    @TempDir
    Path folder;

    private DebianPostgres postgres;
    private ConfigurableApplicationContext ledger;

    @AfterEach
    void stop() {
        if (ledger != null) {
            ledger.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aCrashedExternalDatabaseIsAnswered503AndRecoveredFromWithoutARestart() throws Exception {
        postgres = DebianPostgres.create(DebianPostgres.binariesOrSkip(), folder);
        postgres.start();
        ledger = new SpringApplicationBuilder(LedgerStandalone.class).run("--server.port=0",
                "--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=ledger",
                "--ledger.import-sample=false");
        var api = new Api(((WebServerApplicationContext) ledger).getWebServer().getPort());
        assertThat(api.post("admin", "/api/plans", json("{'id':'p','organisation':'Vaggeryds kommun',"
                + "'title':'Verksamhetsplan 2022','periodStart':'2022-01-01','periodEnd':'2022-12-31'}")).status())
                .isEqualTo(201);
        assertThat(api.post("admin", "/api/plans/p/goals", json("{'id':'g','title':'Lokalförsörjning'}")).status())
                .isEqualTo(201);

        postgres.crash();
        var refused = api.post("admin", "/api/goals/g/comments", json("{'text':'Under avbrottet'}"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();

        postgres.start();
        var position = new AtomicLong();
        await("a write after the database is back").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    var answer = api.post("admin", "/api/goals/g/comments",
                            json("{'text':'Efter avbrottet','effectiveDate':'2022-06-30'}"));
                    if (answer.status() == 200) {
                        position.set(answer.json().get("position").asLong());
                    }
                    return answer.status() == 200;
                });
        var trail = await("the projection catching up").atMost(Duration.ofSeconds(30))
                .until(() -> api.get("revisor", "/api/goals/g/events?minPosition=" + position.get()),
                        answer -> answer.status() == 200);
        assertThat(trail.json()).extracting(e -> e.get("type").asText())
                .containsExactly("GoalDefined", "CommentAdded");
    }
}
