package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import se.ledger.platform.test.Api;

/**
 * Writers queued on one busy activity wait without holding database connections, so with a pool
 * of three, twenty of them neither run the pool dry for each other nor for anyone else.
 */
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=3")
class CrowdedPoolWritesApiIT extends ApiTestBase {

    private static final int WRITERS = 20;

    @Test
    void canWriteTwentyCommentsInParallelThroughThreeConnections() throws Exception {
        givenActivity();
        var pool = Executors.newFixedThreadPool(WRITERS + 1);
        var start = new CountDownLatch(1);
        try {
            var comments = new ArrayList<Future<Api.Response>>();
            for (int i = 0; i < WRITERS; i++) {
                String text = "Kommentar " + i;
                comments.add(pool.submit(() -> {
                    start.await();
                    return api.post("chef", "/api/activities/" + activity + "/comments",
                            json("{'text':'" + text + "','effectiveDate':'2022-08-31'}"));
                }));
            }
            var elsewhere = pool.submit(() -> {
                start.await();
                return api.post("chef", "/api/goals/" + goal + "/comments",
                        json("{'text':'Under tiden','effectiveDate':'2022-08-31'}"));
            });
            start.countDown();

            for (var comment : comments) {
                assertThat(comment.get().status()).as(comment.get().body()).isEqualTo(200);
            }
            assertThat(elsewhere.get().status()).as(elsewhere.get().body()).isEqualTo(200);
            assertThat(events.of(activity)).hasSize(1 + WRITERS);
        } finally {
            pool.shutdownNow();
        }
    }
}
