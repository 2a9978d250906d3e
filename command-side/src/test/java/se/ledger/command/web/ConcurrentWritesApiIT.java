package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.ledger.platform.test.Api;

/** Many managers commenting on one activity at once: no one gets a 500, no comment is lost. */
class ConcurrentWritesApiIT extends ApiTestBase {

    private static final int WRITERS = 20;

    @Test
    void canWriteTwentyCommentsInParallelWithoutIfMatch() throws Exception {
        givenActivity();
        var answers = inParallel(i -> api.post("chef", "/api/activities/" + activity + "/comments",
                json("{'text':'Kommentar " + i + "','effectiveDate':'2022-08-31'}")));

        assertThat(answers).extracting(Api.Response::status).containsOnly(200);
        assertThat(answers).extracting(r -> r.json().get("version").asLong()).doesNotHaveDuplicates();
        assertThat(events.of(activity)).hasSize(1 + WRITERS);
    }

    @Test
    void cannotWriteInParallelWithTheSameIfMatch() throws Exception {
        givenActivity();
        var ifMatch = Map.of("If-Match", "\"0\"");
        var answers = inParallel(i -> api.post("chef", "/api/activities/" + activity + "/comments",
                json("{'text':'Kommentar " + i + "','effectiveDate':'2022-08-31'}"), ifMatch));

        assertThat(answers).extracting(Api.Response::status).containsOnly(200, 409);
        assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
        assertThat(events.of(activity)).hasSize(2);
    }

    private interface Write {
        Api.Response send(int writer);
    }

    private List<Api.Response> inParallel(Write write) throws Exception {
        var pool = Executors.newFixedThreadPool(WRITERS);
        var start = new CountDownLatch(1);
        try {
            var calls = new ArrayList<Callable<Api.Response>>();
            for (int i = 0; i < WRITERS; i++) {
                int writer = i;
                calls.add(() -> {
                    start.await();
                    return write.send(writer);
                });
            }
            var futures = new ArrayList<Future<Api.Response>>();
            for (var call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            var answers = new ArrayList<Api.Response>();
            for (var future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
