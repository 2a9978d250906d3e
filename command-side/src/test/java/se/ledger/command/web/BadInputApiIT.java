package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input gets its status as problem+json naming the field, and stores nothing. */
class BadInputApiIT extends ApiTestBase {

    @BeforeEach
    void givenAPlanWithEverything() {
        givenActivity();
        created(api.post("admin", "/api/goals/" + goal + "/indicators", json("{'id':'" + indicator
                + "','name':'Andel','unit':'%','baseline':{'value':60,'date':'2021-12-31'},"
                + "'target':{'value':80,'date':'2022-12-31'}}")));
        created(api.post("admin", "/api/plans/" + plan + "/goals",
                json("{'id':'" + goal + "-dir','title':'Inriktning','direction':true}")));
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("malformed JSON", "chef", "/api/activities/{a}/status", "{not json", 400, "body"),
                bad("missing title", "admin", "/api/plans/{p}/goals", "{'area':'Tillväxt'}", 400, "title"),
                bad("unknown status", "chef", "/api/activities/{a}/status", "{'status':'KLART'}", 400, "status"),
                bad("unknown field", "chef", "/api/activities/{a}/status", "{'status':'ON_TRACK','explnation':'x'}",
                        400, "explnation"),
                bad("value not a number", "chef", "/api/indicators/{i}/measurements", "{'value':'mycket'}", 400,
                        "value"),
                bad("value and no new data", "chef", "/api/indicators/{i}/measurements",
                        "{'value':3,'noNewData':true}", 400, "value"),
                bad("bad date", "chef", "/api/activities/{a}/status",
                        "{'status':'ON_TRACK','effectiveDate':'2022-02-30'}", 400, "effectiveDate"),
                bad("sdg out of range", "admin", "/api/plans/{p}/goals", "{'title':'x','sdgs':[18]}", 400, "sdgs[0]"),
                bad("period ends before it starts", "admin", "/api/plans",
                        "{'organisation':'K','title':'T','periodStart':'2022-12-31','periodEnd':'2022-01-01'}", 400,
                        "periodEnd"),
                bad("bad client id", "admin", "/api/plans",
                        "{'id':'a b','organisation':'K','title':'T','periodStart':'2022-01-01','periodEnd':'2022-12-31'}",
                        400, "id"),
                bad("correction without reason", "chef", "/api/activities/{a}/comments",
                        "{'text':'x','effectiveDate':'2022-05-01','corrects':'e1'}", 400, "reason"),
                bad("no credentials", null, "/api/activities/{a}/status", "{'status':'ON_TRACK'}", 401, null),
                bad("wrong password", "chef:fel", "/api/activities/{a}/status", "{'status':'ON_TRACK'}", 401, null),
                bad("auditor cannot write", "revisor", "/api/activities/{a}/status", "{'status':'ON_TRACK'}", 403,
                        null),
                bad("manager cannot define goals", "chef", "/api/plans/{p}/goals", "{'title':'x'}", 403, null),
                bad("unknown activity", "chef", "/api/activities/nope/status", "{'status':'ON_TRACK'}", 404, null),
                bad("unknown plan", "admin", "/api/plans/nope/goals", "{'title':'x'}", 404, null),
                bad("goal id used as activity", "chef", "/api/activities/{g}/status", "{'status':'ON_TRACK'}", 404,
                        null),
                bad("id already used", "admin", "/api/plans/{p}/goals", "{'id':'{a}','title':'x'}", 409, null),
                bad("deviation without explanation", "chef", "/api/activities/{a}/status",
                        "{'status':'DEVIATING','effectiveDate':'2022-05-31'}", 422, "explanation"),
                bad("outside the plan period", "chef", "/api/activities/{a}/status",
                        "{'status':'ON_TRACK','effectiveDate':'2023-01-15'}", 422, "effectiveDate"),
                bad("prognosis for a direction goal", "chef", "/api/goals/{g}-dir/prognoses",
                        "{'prognosis':'MET','motivation':'bra','effectiveDate':'2022-08-31'}", 422, "prognosis"),
                bad("revision without decision", "admin", "/api/goals/{g}/revisions",
                        "{'ambition':'x','reason':'y'}", 422, "decision"),
                bad("correcting an unknown event", "chef", "/api/activities/{a}/status",
                        "{'status':'ON_TRACK','effectiveDate':'2022-05-31','corrects':'nope','reason':'x'}", 422,
                        "corrects"),
                bad("percentage above 100", "chef", "/api/indicators/{i}/measurements",
                        "{'value':120,'effectiveDate':'2022-05-31'}", 422, "value"),
                bad("activity with goal of nowhere", "chef", "/api/plans/{p}/activities",
                        "{'goalIds':['nope'],'title':'x','responsible':{'person':'A'}}", 422, "goalIds"));
    }

    private static Arguments bad(String name, String user, String path, String body, int status, String field) {
        return Arguments.of(name, user, path, body, status, field);
    }

    @ParameterizedTest(name = "{0} → {4}")
    @MethodSource("badRequests")
    void isRefusedAndStoresNothing(String name, String user, String path, String body, int status, String field) {
        long before = events.count();
        var response = api.post(user, fill(path), json(fill(body)));
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        if (field != null) {
            assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
        }
        assertThat(events.count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "If-Match {0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource({"'\"0\"', 409", "'\"7\"', 409", "'sju', 400"})
    void staleOrUnreadableVersionIsRefused(String ifMatch, int status) {
        long before = events.count();
        ok(api.post("chef", "/api/activities/" + activity + "/status",
                json("{'status':'ON_TRACK','effectiveDate':'2022-03-31'}")));
        var response = api.post("chef", "/api/activities/" + activity + "/status",
                json("{'status':'DEVIATING','explanation':'x','effectiveDate':'2022-04-30'}"),
                Map.of("If-Match", ifMatch));
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(events.count()).isEqualTo(before + 1);
    }

    private String fill(String text) {
        return text.replace("{a}", activity).replace("{g}", goal).replace("{p}", plan).replace("{i}", indicator);
    }
}
