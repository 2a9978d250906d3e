package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** If-Match travels in the command; Axon's version check answers, before the entity's own rules. */
class VersionApiIT extends ApiTestBase {

    @Test
    void staleIfMatchIsAConflictEvenWhenTheBodyBreaksARule() {
        givenActivity();
        ok(api.post("chef", "/api/activities/" + activity + "/comments",
                json("{'text':'Första','effectiveDate':'2022-03-31'}")));
        long before = events.count();
        var response = api.post("chef", "/api/activities/" + activity + "/status",
                json("{'status':'DEVIATING','effectiveDate':'2022-04-30'}"), Map.of("If-Match", "\"0\""));
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.json().get("detail").asText()).isEqualTo("Objektet " + activity
                + " har version 1, inte 0 som i If-Match; läs om det och försök igen.");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aCorrectedDefinitionHonoursIfMatch() {
        givenGoal();
        String defined = events.of(goal).get(0).eventId();
        ok(api.post("chef", "/api/goals/" + goal + "/comments",
                json("{'text':'Efter definitionen','effectiveDate':'2022-03-31'}")));
        String correction = "{'id':'" + goal + "','title':'Rättad titel','corrects':'" + defined
                + "','reason':'Fel titel'}";
        String goals = "/api/plans/" + plan + "/goals";
        var stale = api.post("admin", goals, json(correction), Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        var current = api.post("admin", goals, json(correction), Map.of("If-Match", "\"1\""));
        assertThat(ok(current).get("version").asLong()).isEqualTo(2);
        assertThat(events.of(goal)).hasSize(3);
    }

    @Test
    void ifMatchOnACreationIsAConflict() {
        givenPlan();
        var response = api.post("admin", "/api/plans/" + plan + "/goals",
                json("{'id':'" + goal + "','title':'Mål'}"), Map.of("If-Match", "\"0\""));
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(events.of(goal)).isEmpty();
    }
}
