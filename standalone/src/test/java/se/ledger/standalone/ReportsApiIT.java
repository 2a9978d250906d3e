package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Report occasions over HTTP (issue 10, item 6): a calendar set by decision, a report issued,
 * a decision approving it, and every read query answering at the report's time.
 */
class ReportsApiIT extends LedgerTestBase {

    @Test
    void aReportFixesWhatItShowsAndEveryReadTakesIt() {
        givenPlan();
        String goal = goal("g", ",'area':'Tillväxt'");
        String activity = activity("a", goal, "2022-01-01");
        status(activity, "ON_TRACK", null, "2022-08-15");
        write("admin", "/api/plans/" + plan + "/report-calendar", "{'occasions':["
                + "{'title':'Delårsrapport per 30 april','reportDate':'2022-04-30'},"
                + "{'title':'Delårsrapport per 31 augusti','reportDate':'2022-08-31'},"
                + "{'title':'Årsredovisning','reportDate':'2022-12-31'}],'monthly':false,"
                + "'decision':{'body':'KS','date':'2022-01-31','paragraph':'10'},'reason':'Rapporttillfällen 2022'}");
        assertRefused(api.post("admin", "/api/plans/" + plan + "/reports",
                json("{'title':'Uppföljning juni','reportDate':'2022-06-30'}")), 422, "reportDate");

        var issued = write("admin", "/api/plans/" + plan + "/reports",
                "{'id':'" + plan + "-aug','title':'Delårsrapport per 31 augusti','reportDate':'2022-08-31'}");
        String report = issued.get("reportId").asText();
        assertThat(report).isEqualTo(plan + "-aug");
        Instant issuedAt = Instant.parse(issued.get("issuedAt").asText());

        status(activity, "DEVIATING", "Upphandlingen överklagad", "2022-08-20");
        write("admin", "/api/plans/" + plan + "/decisions", "{'id':'" + plan + "-ks91','body':'KS',"
                + "'date':'2022-09-26','paragraph':'91','subject':'Delårsrapport augusti','approvesReport':'"
                + report + "'}");

        var reports = read("/api/plans/" + plan + "/reports");
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("reportDate").asText()).isEqualTo("2022-08-31");
        assertThat(Instant.parse(reports.get(0).get("issuedAt").asText())).isEqualTo(issuedAt);
        assertThat(reports.get(0).get("approvedBy").get(0).get("paragraph").asText()).isEqualTo("91");
        assertThat(read("/api/plans/" + plan + "/report-calendar").get("occasions")).hasSize(3);
        var decision = read("/api/plans/" + plan + "/decisions").get(0);
        assertThat(decision.get("approvesReport").asText()).isEqualTo(report);

        var seen = read("/api/plans/" + plan + "?report=" + report);
        assertThat(Instant.parse(seen.get("asOf").asText())).isEqualTo(issuedAt);
        assertThat(seen.get("validAt").asText()).isEqualTo("2022-08-31");
        assertThat(seen.at("/goals/0/activities/0/status").asText()).isEqualTo("ON_TRACK");
        assertThat(read("/api/plans/" + plan + "?validAt=2022-08-31").at("/goals/0/activities/0/status").asText())
                .isEqualTo("DEVIATING");
        assertThat(read("/api/plans/" + plan + "/prognoses?report=" + report).get("validAt").asText())
                .isEqualTo("2022-08-31");
        var grid = read("/api/plans/" + plan + "/history?report=" + report);
        assertThat(grid.get("year").asInt()).isEqualTo(2022);
        assertThat(Instant.parse(grid.get("asOf").asText())).isEqualTo(issuedAt);
        var since = read("/api/plans/" + plan + "/changes?report=" + report);
        assertThat(since.get("validAt").asText()).isEqualTo("2022-08-31");
        var statusChange = find(since.get("changes"), "field", "status");
        assertThat(statusChange.get("after").asText()).isEqualTo("DEVIATING");
        assertThat(statusChange.get("actor").asText()).isEqualTo("chef");
        assertThat(statusChange.get("effectiveDate").asText()).isEqualTo("2022-08-20");
        assertThat(read("/api/plans/" + plan + "/events?report=" + report)).extracting(e -> e.get("type").asText())
                .doesNotContain("DecisionRecorded").contains("ReportIssued");
        var csv = api.get("revisor", "/api/plans/" + plan + "/prognoses?report=" + report, Map.of("Accept", "text/csv"));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");

        assertRefused(api.get("revisor", "/api/plans/" + plan + "?report=" + report + "&asOf=2022-09-01"), 400,
                "asOf");
        assertRefused(api.get("revisor", "/api/plans/" + plan + "?report=" + report + "&validAt=2022-09-01"), 400,
                "validAt");
        assertRefused(api.get("revisor", "/api/plans/" + plan + "/changes?report=" + report + "&from=2022-09-01"), 400,
                "from");
        assertRefused(api.get("revisor", "/api/plans/" + plan + "?report=nej"), 400, "report");
    }

    @Test
    void aDecisionCannotApproveAnotherPlansReport() {
        givenPlan();
        String first = plan;
        write("admin", "/api/plans/" + first + "/reports", "{'id':'" + first + "-r','title':'Uppföljning',"
                + "'reportDate':'2022-06-30'}");
        connect();
        givenPlan();
        var refused = api.post("admin", "/api/plans/" + plan + "/decisions", json("{'body':'KS','date':'2022-09-26',"
                + "'paragraph':'91','approvesReport':'" + first + "-r'}"));
        assertRefused(refused, 422, "approvesReport");
        assertRefused(api.get("revisor", "/api/plans/" + plan + "?report=" + first + "-r"), 400, "report");
        assertThat(read("/api/plans/" + plan + "/decisions")).isEmpty();
    }

    @Test
    void aMonthThatHasAMarkTakesAnotherOnlyAsACorrection() {
        givenPlan();
        String goal = goal("g", "");
        String activity = activity("a", goal, "2022-01-01");
        for (String path : new String[] {"/api/goals/" + goal, "/api/activities/" + activity}) {
            var first = write("chef", path + "/month-reports", "{'month':'2022-03','mark':'AS_PLANNED'}");
            assertRefused(api.post("chef", path + "/month-reports", json("{'month':'2022-03','mark':'FALLING'}")),
                    422, "month");
            write("chef", path + "/month-reports", "{'month':'2022-03','mark':'FALLING','corrects':'"
                    + first.get("eventId").asText() + "','reason':'Fel markering'}");
        }
        var rows = read("/api/plans/" + plan + "/history?year=2022").get("rows");
        assertThat(find(rows, "id", goal).at("/months/2/mark").asText()).isEqualTo("FALLING");
        assertThat(find(rows, "id", activity).at("/months/2/mark").asText()).isEqualTo("FALLING");
    }

    @Test
    void aPlansEventListTakesItsChildrenByKind() {
        givenPlan();
        String goal = goal("g", "");
        activity("a", goal, "2022-01-01");
        assertThat(read("/api/plans/" + plan + "/events")).extracting(e -> e.get("type").asText())
                .containsExactly("PlanRegistered");
        assertThat(read("/api/plans/" + plan + "/events?include=children")).extracting(e -> e.get("type").asText())
                .containsExactly("PlanRegistered", "GoalDefined", "ActivityPlanned");
        assertThat(read("/api/plans/" + plan + "/events?include=children&kind=activity"))
                .extracting(e -> e.get("type").asText()).containsExactly("ActivityPlanned");
        assertRefused(api.get("revisor", "/api/plans/" + plan + "/events?kind=budget"), 400, "kind");
        assertRefused(api.get("revisor", "/api/goals/" + goal + "/events?include=children"), 400, "include");
    }

    @Test
    void aCommentIsListedAsAddedNotAsReplacingTheOneBefore() {
        givenPlan();
        String goal = goal("g", "");
        String activity = activity("a", goal, "2022-01-01");
        write("chef", "/api/activities/" + activity + "/comments", "{'text':'Första','effectiveDate':'2022-06-30'}");
        var report = write("admin", "/api/plans/" + plan + "/reports", "{'title':'Uppföljning juni',"
                + "'reportDate':'2022-06-30'}").get("reportId").asText();
        write("chef", "/api/activities/" + activity + "/comments", "{'text':'Andra','effectiveDate':'2022-06-30'}");
        var third = write("admin", "/api/activities/" + activity + "/comments",
                "{'text':'Tredje','effectiveDate':'2022-06-30'}");
        write("chef", "/api/activities/" + activity + "/comments", "{'text':'Tredje, rättad','effectiveDate':"
                + "'2022-06-30','corrects':'" + third.get("eventId").asText() + "','reason':'Stavfel'}");

        var comments = read("/api/plans/" + plan + "/changes?report=" + report).get("changes");
        assertThat(comments).extracting(c -> c.get("field").asText(), c -> c.get("change").asText(),
                        c -> c.get("before").isNull() ? null : c.get("before").get("text").asText(),
                        c -> c.get("after").get("text").asText(), c -> c.get("actor").asText(),
                        c -> c.get("correctionReason").isNull() ? null : c.get("correctionReason").asText())
                .containsExactly(
                        tuple("comment", "ADDED", null, "Andra", "chef", null),
                        tuple("comment", "ADDED", null, "Tredje", "admin", null),
                        tuple("comment", "CHANGED", "Tredje", "Tredje, rättad", "chef", "Stavfel"));
    }

    private static void assertRefused(se.ledger.platform.test.Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.body()).extracting(e -> e.get("field").asText()).contains(field);
    }
}
