package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Kolada import against a local stub ({@link KoladaStub}) that answers with Kolada's recorded
 * answer shapes (src/test/resources/kolada): no network.
 */
@DirtiesContext
class KoladaImportIT extends LedgerTestBase {

    private static final KoladaStub KOLADA = new KoladaStub();

    @DynamicPropertySource
    static void kolada(DynamicPropertyRegistry properties) {
        properties.add("ledger.kolada.base-url", KOLADA::baseUrl);
        // long enough for a cold first request on a busy build machine; the slow stub waits far longer
        properties.add("ledger.kolada.read-timeout", () -> "PT3S");
        properties.add("ledger.kolada.per-page", () -> "2");
    }

    @AfterAll
    static void stopKolada() {
        KOLADA.stop();
    }

    @Autowired
    JdbcClient jdbc;

    private String goal;

    @BeforeEach
    void freshStub() {
        KOLADA.reset();
    }

    @Test
    void fetchedValuesAreRecordedOnceAndARevisedValueCorrectsTheEarlierOne() {
        String indicator = connectedIndicator("ink", "0665");
        KOLADA.answer("0665", "n00945-0665.json");

        JsonNode first = importNow(200);
        assertThat(counts(first)).containsExactly(3, 0, 0, 1); // 2020–2022 recorded; 2019 before the plan
        JsonNode only = first.get("indicators").get(0);
        assertThat(only.get("indicatorId").asText()).isEqualTo(indicator);
        assertThat(only.get("kpi").asText()).isEqualTo("N00945");
        JsonNode view = read("/api/plans/" + plan + "?validAt=2022-12-31").findValue("indicators").get(0);
        assertThat(view.get("latest").get("value").decimalValue()).isEqualByComparingTo("12.1");
        assertThat(view.get("latest").get("source").asText()).isEqualTo("KOLADA");
        assertThat(view.get("series").findValuesAsText("source")).containsOnly("KOLADA");
        assertThat(view.get("kolada").get("municipality").asText()).isEqualTo("0665");
        var fetched = find(trail(indicator), "effectiveDate", "2021-12-31");
        assertThat(fetched.get("actor").asText()).isEqualTo("kolada");
        assertThat(fetched.get("data").get("source").asText()).isEqualTo("KOLADA");
        assertThat(fetched.get("data").get("kolada").get("kpi").asText()).isEqualTo("N00945");

        long stored = events(indicator);
        JsonNode again = importNow(200);
        assertThat(counts(again)).containsExactly(0, 3, 0, 1);
        assertThat(again.hasNonNull("position")).isFalse();
        assertThat(events(indicator)).isEqualTo(stored);

        KOLADA.answer("0665", "n00945-0665-revised.json");
        JsonNode revised = importNow(200);
        assertThat(counts(revised)).containsExactly(0, 2, 1, 1);
        assertThat(events(indicator)).isEqualTo(stored + 1);
        List<JsonNode> year2021 = new ArrayList<>();
        trail(indicator).forEach(e -> {
            if (e.get("effectiveDate").asText().equals("2021-12-31")) {
                year2021.add(e);
            }
        });
        assertThat(year2021).hasSize(2);
        JsonNode correction = year2021.get(0).path("corrects").isTextual() ? year2021.get(0) : year2021.get(1);
        JsonNode earlier = correction == year2021.get(0) ? year2021.get(1) : year2021.get(0);
        assertThat(correction.get("corrects").asText()).isEqualTo(earlier.get("eventId").asText());
        assertThat(correction.get("correctionReason").asText()).isEqualTo("reviderat i Kolada");
        assertThat(correction.get("data").get("value").decimalValue()).isEqualByComparingTo("11.9");
        assertThat(earlier.get("data").get("value").decimalValue()).isEqualByComparingTo("11.6");
        assertThat(Instant.parse(correction.get("recordedAt").asText()))
                .isAfter(Instant.parse(earlier.get("recordedAt").asText()));
        // what was known when: before the revision the ledger said 11.6 about 2021
        String before = earlier.get("recordedAt").asText();
        JsonNode then = read("/api/plans/" + plan + "?validAt=2021-12-31&asOf=" + before).findValue("indicators")
                .get(0);
        assertThat(then.get("latest").get("value").decimalValue()).isEqualByComparingTo("11.6");
        JsonNode now = read("/api/plans/" + plan + "?validAt=2021-12-31").findValue("indicators").get(0);
        assertThat(now.get("latest").get("value").decimalValue()).isEqualByComparingTo("11.9");
    }

    @Test
    void aPagedAnswerIsFollowedThroughItsNextPage() {
        String indicator = connectedIndicator("sidor", "0680");
        KOLADA.answerPaged("0680", "n00945-0680-page-1.json", "n00945-0680-page-2.json");

        assertThat(counts(importNow(200))).containsExactly(3, 0, 0, 0);
        KOLADA.verifyAskedForPage("0680", "2", "2");
        assertThat(trail(indicator).findValuesAsText("effectiveDate"))
                .contains("2020-12-31", "2021-12-31", "2022-12-31");
    }

    @Test
    void garbageFromKoladaIsAClearProblemAndNothingIsStored() {
        String good = connectedIndicator("bra", "0665");
        String bad = connectedIndicator("trasig", "0680");
        KOLADA.answer("0665", "n00945-0665.json");
        KOLADA.answer("0680", KoladaStub.html("not-json.html"));
        long before = events(good) + events(bad);

        JsonNode problem = refused(502);
        assertThat(problem.get("detail").asText()).contains(bad).contains("inte JSON").contains("Inget");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("kolada");

        KOLADA.answer("0680", "wrong-shape.json");
        assertThat(refused(502).get("detail").asText()).contains("values");
        assertThat(events(good) + events(bad)).isEqualTo(before);
    }

    @Test
    void anUnreachableOrSlowKoladaIsAClearProblemAndNothingIsStored() {
        String indicator = connectedIndicator("nere", "0665");
        long before = events(indicator);
        KOLADA.stop();
        assertThat(refused(502).get("detail").asText()).contains(indicator).contains("kunde inte nås");
        KOLADA.start();

        KOLADA.answer("0665", KoladaStub.json("n00945-0665.json").withFixedDelay(8_000));
        assertThat(refused(504).get("detail").asText()).contains("svarade inte inom");
        assertThat(events(indicator)).isEqualTo(before);
    }

    @Test
    void aConnectionNamesAValidKpiAndMunicipalityAndMayComeByARevision() {
        givenPlan("2022-01-01");
        goal = goal("g", "");
        var bad = api.post("admin", "/api/goals/" + goal + "/indicators", json("{'name':'x','unit':'st',"
                + "'target':{'direction':'INCREASE'},'kolada':{'kpi':'945','municipality':'0665'}}"));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).isEqualTo("application/problem+json");
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("kolada.kpi");
        bad = api.post("admin", "/api/goals/" + goal + "/indicators", json("{'name':'x','unit':'st',"
                + "'target':{'direction':'INCREASE'},'kolada':{'kpi':'N00945','municipality':'665'}}"));
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("kolada.municipality");

        write("admin", "/api/goals/" + goal + "/indicators", "{'id':'" + plan + "-sen','name':'Andel','unit':'st',"
                + "'target':{'direction':'INCREASE'}}");
        assertThat(counts(importNow(200))).containsExactly(0, 0, 0, 0);
        write("admin", "/api/indicators/" + plan + "-sen/revisions", "{'kolada':{'kpi':'N00945','municipality':"
                + "'0665'},'decision':{'body':'KS','date':'2022-03-14','paragraph':'31'},'reason':'Hämtas ur Kolada'}");
        KOLADA.answer("0665", "n00945-0665.json");
        assertThat(counts(importNow(200))).containsExactly(1, 0, 0, 3); // 2022 only: the plan's year

        assertThat(api.post("chef", "/api/plans/" + plan + "/kolada-imports", "{}").status()).isEqualTo(403);
        var unknown = api.post("admin", "/api/plans/" + plan + "-x/kolada-imports", "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");

        JsonNode documented = api.get("revisor", "/v3/api-docs").json().path("paths")
                .path("/api/plans/{planId}/kolada-imports").path("post");
        assertThat(documented.path("x-roles").toString()).contains("ADMIN");
        assertThat(documented.path("responses").has("502")).isTrue();
        assertThat(documented.path("responses").path("200").path("content").isMissingNode()).isFalse();
    }

    /** In a plan of 2020–2022, under its one goal. */
    private String connectedIndicator(String id, String municipality) {
        if (goal == null) {
            givenPlan("2020-01-01");
            goal = goal("g", "");
        }
        write("admin", "/api/goals/" + goal + "/indicators", "{'id':'" + plan + "-" + id + "','name':'Nyckeltal " + id
                + "','unit':'st','target':{'direction':'INCREASE'},'source':'Kolada',"
                + "'kolada':{'kpi':'N00945','municipality':'" + municipality + "'}}");
        return plan + "-" + id;
    }

    private void givenPlan(String start) {
        write("admin", "/api/plans", "{'id':'" + plan + "','organisation':'Vaggeryds kommun',"
                + "'title':'Verksamhetsplan','periodStart':'" + start + "','periodEnd':'2022-12-31'}");
    }

    private JsonNode importNow(int status) {
        var response = api.post("admin", "/api/plans/" + plan + "/kolada-imports", "{}");
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (response.json().hasNonNull("position")) {
            lastPosition = response.json().get("position").asLong();
        }
        return response.json();
    }

    private JsonNode refused(int status) {
        var response = api.post("admin", "/api/plans/" + plan + "/kolada-imports", "{}");
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        return response.json();
    }

    /** recorded, unchanged, corrected, skipped. */
    private static List<Integer> counts(JsonNode summary) {
        return List.of(summary.get("recorded").asInt(), summary.get("unchanged").asInt(),
                summary.get("corrected").asInt(), summary.get("skipped").asInt());
    }

    private JsonNode trail(String indicator) {
        return read("/api/indicators/" + indicator + "/events");
    }

    private long events(String aggregate) {
        return jdbc.sql("SELECT count(*) FROM public.domainevententry WHERE aggregateidentifier = ?").param(aggregate)
                .query(Long.class).single();
    }
}
