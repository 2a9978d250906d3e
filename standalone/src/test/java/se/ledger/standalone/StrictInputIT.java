package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.ledger.platform.test.EventTable;

/** Input is refused, never silently changed: 400 naming the field, and nothing stored. */
class StrictInputIT extends LedgerTestBase {

    @Autowired
    DataSource dataSource;

    private EventTable events;
    private String goal;
    private String activity;
    private String indicator;

    @BeforeEach
    void givenAPlanWithAnActivityAndAnIndicator() {
        events = new EventTable(dataSource);
        givenPlan();
        goal = goal("g", "");
        activity = activity("a", goal, "2022-01-01");
        indicator = plan + "-i";
        write("admin", "/api/goals/" + goal + "/indicators", "{'id':'" + indicator + "','name':'Behöriga',"
                + "'unit':'%','target':{'value':90,'date':'2022-12-31'}}");
    }

    @ParameterizedTest(name = "{0} {1} → 400 {2}")
    @CsvSource(delimiter = '|', value = {
            "/api/activities/{a}/status       | {'status':1}                                   | status",
            "/api/activities/{a}/status       | {'status':'1'}                                 | status",
            "/api/activities/{a}/status       | {'status':'ON_TRACK','effectiveDate':17000}    | effectiveDate",
            "/api/activities/{a}/status       | {'status':'ON_TRACK','effectiveDate':[2022,1,1]} | effectiveDate",
            "/api/activities/{a}/status       | {'status':'ON_TRACK','effectiveDate':'+99999-01-01'} | effectiveDate",
            "/api/activities/{a}/status       | {'status':'ON_TRACK','effectiveDate':'1899-12-31'} | effectiveDate",
            "/api/activities/{a}/comments     | {'text':'a\\u0000b'}                           | text",
            "/api/activities/{a}/comments     | {'text':'a\\u0007b'}                           | text",
            "/api/activities/{a}/comments     | {'text':'a\\u0085b'}                           | text",
            "/api/activities/{a}/comments     | {'text':'a\\ud800b'}                           | text",
            "/api/activities/{a}/comments     | {'text':'\\udc00'}                             | text",
            "/api/activities/{a}/comments     | {'text':12}                                    | text",
            "/api/activities/{a}/reschedulings | {'start':'2022-01-01','end':'+99999-01-01','reason':'r'} | end",
            "/api/activities/{a}/month-reports | {'month':202203,'mark':'FALLING'}              | month",
            "/api/indicators/{i}/measurements | {'value':1e400}                                 | value",
            "/api/indicators/{i}/measurements | {'value':'3.5'}                                 | value",
            "/api/indicators/{i}/measurements | {'value':1000000000000}                         | value",
            "/api/indicators/{i}/measurements | {'value':0.0000001}                             | value",
            "/api/indicators/{i}/measurements | {'noNewData':'true'}                            | noNewData",
            "/api/indicators/{i}/measurements | {'noNewData':1}                                 | noNewData",
            "/api/goals/{g}/revisions         | {'reason':'r','decision':'x\\u0000'}            | decision",
            "/api/plans/{p}/goals             | {'title':'t','sdgs':[1.5]}                      | sdgs[0]",
            "/api/plans/{p}/goals             | {'title':'t','sdgs':['3']}                      | sdgs[0]",
            "/api/plans/{p}/goals             | {'title':'t','desiredEffects':'one'}            | desiredEffects",
            "/api/plans/{p}/goals             | {'title':'t','title':'u'}                       | body"})
    void coercionsAreRefused(String path, String body, String field) {
        long before = events.count();
        var response = api.post("admin", path.replace("{a}", activity).replace("{i}", indicator)
                .replace("{g}", goal).replace("{p}", plan), json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.body()).contains(field);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void textAreaNewlinesAreStoredAsOneKindOfNewline() {
        var written = write("chef", "/api/activities/" + activity + "/comments", "{'text':'rad 1\\r\\nrad 2\\rrad 3\\tslut','effectiveDate':'2022-06-30'}");
        assertThat(written.get("position").asLong()).isPositive();
        var stored = events.of(activity);
        assertThat(stored.get(stored.size() - 1).payload().get("text").asText()).isEqualTo("rad 1\nrad 2\nrad 3\tslut");
    }

    @Test
    void theRoleIsCheckedBeforeTheBody() {
        var chef = api.post("chef", "/api/plans", json("{'title':5,'periodStart':17000}"));
        assertThat(chef.status()).as(chef.body()).isEqualTo(403);
        assertThat(chef.contentType()).startsWith("application/problem+json");
        var dashboard = api.post("dashboard", "/api/activities/" + activity + "/comments", json("{'text':'a\\u0000'}"));
        assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(403);
        var auditor = api.post("revisor", "/api/activities/" + "x".repeat(500) + "/comments", json("{}"));
        assertThat(auditor.status()).as(auditor.body()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/api/activities/a%2fb/comments, 400",
            "/api/activities/a%2Fb/comments, 400",
            "/api/activities/a%00b/comments, 400",
            "/api/activities/a%5cb/comments, 400",
            "/api/plans/%2e%2e/goals, 400",
            "/api/plans/x/%2e%2e/goals, 400",
            "/api/plans/x;y/goals, 400",
            "/api/plans/x;jsessionid=1/goals, 400",
            "/api/activities/a%25b/comments, 400",
            "/api/activities/%C3%A5/comments, 400",
            "/api/activities/{long}/comments, 400",
            "/api/activities/{huge}/comments, 400"})
    void malformedPathsGetProblemJson(String path, int status) {
        var response = api.post("admin", path.replace("{long}", "a".repeat(10_000))
                .replace("{huge}", "a".repeat(70_000)), json("{'text':'hej'}"));
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
    }

    @Test
    void anOverlongIdIsNamed() {
        var response = api.post("admin", "/api/activities/" + "a".repeat(10_000) + "/comments", json("{'text':'hej'}"));
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("activityId");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/plans?minPosition=9223372036854775807", "/api/plans?minPosition=9223372036854775808",
            "/api/plans?minPosition=-1", "/api/plans/{p}?asOf=%00", "/api/plans/{p}?minPosition=1%00"})
    void impossibleQueriesAreAnswered400AtOnce(String path) {
        var response = api.get("revisor", path.replace("{p}", plan));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownRoutesAndMethodsAreProblemJsonToo() {
        var missing = api.get("admin", "/api/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        var wrongType = new RawHttp(port).send("POST", "admin", "/api/plans", "text/plain", "x".getBytes());
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
    }
}
