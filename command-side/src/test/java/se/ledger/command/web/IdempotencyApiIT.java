package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.ledger.platform.test.Api;

class IdempotencyApiIT extends ApiTestBase {

    private static final String STATUS = "{'status':'ON_TRACK','effectiveDate':'2022-03-31'}";

    @Test
    void retriedPostReturnsTheFirstAnswerAndStoresOneEvent() {
        givenActivity();
        var key = Map.of("Idempotency-Key", "status-" + activity);
        var first = ok(api.post("chef", "/api/activities/" + activity + "/status", json(STATUS), key));
        long stored = events.count();
        var retry = api.post("chef", "/api/activities/" + activity + "/status", json(STATUS), key);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first);
        assertThat(events.count()).isEqualTo(stored);
        assertThat(events.of(activity)).hasSize(2);
    }

    @Test
    void retriedCreationReturnsCreatedAgain() {
        givenGoal();
        var key = Map.of("Idempotency-Key", "create-" + activity);
        String body = json("{'goalIds':['" + goal + "'],'title':'Ny aktivitet','responsible':{'person':'A'}}");
        var first = api.post("chef", "/api/plans/" + plan + "/activities", body, key);
        var retry = api.post("chef", "/api/plans/" + plan + "/activities", body, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    }

    @Test
    void retriedCreationWithClientIdIsNotAConflict() {
        givenGoal();
        var key = Map.of("Idempotency-Key", "create-own-id-" + activity);
        String body = json("{'id':'" + activity + "','goalIds':['" + goal + "'],'title':'Ny aktivitet',"
                + "'responsible':{'person':'A'}}");
        var first = api.post("chef", "/api/plans/" + plan + "/activities", body, key);
        var retry = api.post("chef", "/api/plans/" + plan + "/activities", body, key);
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        var withoutKey = api.post("chef", "/api/plans/" + plan + "/activities", body);
        assertThat(withoutKey.status()).isEqualTo(409);
        assertThat(events.of(activity)).hasSize(1);
    }

    @Test
    void sameKeyForAnotherRequestIsRefused() {
        givenActivity();
        var key = Map.of("Idempotency-Key", "reused-" + activity);
        ok(api.post("chef", "/api/activities/" + activity + "/status", json(STATUS), key));
        long stored = events.count();
        var other = api.post("chef", "/api/activities/" + activity + "/comments",
                json("{'text':'x','effectiveDate':'2022-03-31'}"), key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(events.count()).isEqualTo(stored);
    }

    @Test
    void failedRequestDoesNotUseUpItsKey() {
        givenActivity();
        var key = Map.of("Idempotency-Key", "fails-first-" + activity);
        var refused = api.post("chef", "/api/activities/" + activity + "/status",
                json("{'status':'DEVIATING','effectiveDate':'2022-03-31'}"), key);
        assertThat(refused.status()).isEqualTo(422);
        var retried = api.post("chef", "/api/activities/" + activity + "/status",
                json("{'status':'DEVIATING','effectiveDate':'2022-03-31'}"), key);
        assertThat(retried.status()).isEqualTo(422);
    }

    @Test
    void concurrentRetriesStoreOneEvent() throws Exception {
        givenActivity();
        var key = Map.of("Idempotency-Key", "concurrent-" + activity);
        var pool = Executors.newFixedThreadPool(4);
        try {
            var calls = new ArrayList<Callable<Api.Response>>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> api.post("chef", "/api/activities/" + activity + "/status", json(STATUS), key));
            }
            var answers = new ArrayList<String>();
            for (Future<Api.Response> f : pool.invokeAll(calls)) {
                assertThat(f.get().status()).as(f.get().body()).isEqualTo(200);
                answers.add(f.get().json().get("eventId").asText());
            }
            assertThat(answers).containsOnly(answers.get(0));
            assertThat(events.of(activity)).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
