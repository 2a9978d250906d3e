package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import org.junit.jupiter.api.Test;

/** Plan levels, contributions across plans and goal texts at the door: what is refused, and how. */
class PlansAndGoalsApiIT extends LedgerTestBase {

    private void plan(String id, String level, String start, String end) {
        write("admin", "/api/plans", "{'id':'" + id + "','organisation':'Kommunfullmäktige','title':'Mål " + id + "',"
                + (level == null ? "" : "'level':'" + level + "',") + "'periodStart':'" + start + "','periodEnd':'"
                + end + "'}");
    }

    private void goal(String planId, String id, String extra) {
        write("admin", "/api/plans/" + planId + "/goals", "{'id':'" + id + "','title':'Mål " + id + "'" + extra + "}");
    }

    private void assertRefused(String path, String body, int status, String field, String words) {
        var response = api.post("admin", path, json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(response.json().get("errors").get(0).get("detail").asText()).contains(words);
    }

    @Test
    void aPlanWithoutLevelIsABoardsAndAnUnknownLevelIs400() {
        plan(plan, null, "2022-01-01", "2022-12-31");
        assertThat(read("/api/plans/" + plan).get("level").asText()).isEqualTo("BOARD");
        var response = api.post("admin", "/api/plans", json("{'organisation':'X','title':'Y','level':'KOMMUN',"
                + "'periodStart':'2022-01-01','periodEnd':'2022-12-31'}"));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("level");
        var labels = read("/api/labels");
        assertThat(labels.at("/planLevel/COUNCIL").asText()).isEqualTo("Fullmäktige");
        assertThat(labels.at("/goalText/risks").asText()).isEqualTo("Risker att hantera");
    }

    @Test
    void contributionsKeepTheRuleAndAreRefused422NamingTheField() {
        String kf = plan + "-kf";
        String ks = plan + "-ks";
        String later = plan + "-2023";
        plan(kf, "COUNCIL", "2019-01-01", "2022-12-31");
        plan(ks, "BOARD", "2022-01-01", "2022-12-31");
        plan(later, "BOARD", "2023-01-01", "2023-12-31");
        goal(kf, kf + "-1", "");
        goal(ks, ks + "-1", ",'contributesTo':['" + kf + "-1']");

        assertRefused("/api/plans/" + ks + "/goals", "{'title':'Samma plan','contributesTo':['" + ks + "-1']}", 422,
                "contributesTo", "samma plan");
        assertRefused("/api/plans/" + later + "/goals", "{'title':'Senare','contributesTo':['" + kf + "-1']}", 422,
                "contributesTo", "överlappar inte");
        assertRefused("/api/plans/" + ks + "/goals", "{'title':'Okänt','contributesTo':['" + plan + "-nope']}", 422,
                "contributesTo", "finns inte");
        assertRefused("/api/goals/" + kf + "-1/revisions", "{'contributesTo':['" + ks + "-1'],'reason':'Cirkel',"
                + "'decision':{'body':'KF','date':'2022-03-01','paragraph':'7'}}", 422, "contributesTo", "cirkel");
        assertRefused("/api/goals/" + ks + "-1/revisions", "{'validTo':'2021-12-31','reason':'Före planen',"
                + "'decision':{'body':'KS','date':'2022-03-01','paragraph':'7'}}", 400, "validTo", "före");

        assertThat(read("/api/goals/" + kf + "-1/events")).hasSize(1);
        var view = read("/api/plans/" + kf + "?validAt=2022-06-30");
        assertThat(view.get("goals").get(0).get("contributions").get(0).get("goalId").asText()).isEqualTo(ks + "-1");
    }

    @Test
    void aRevisionMayChangeTheGoalTextsAndMustChangeSomething() {
        givenPlan();
        String g = goal("g", ",'purpose':'Syfte','strategies':['S1'],'risks':['R1']");
        write("admin", "/api/goals/" + g + "/revisions", "{'strategies':['S1','S2'],'risks':[],'reason':'Ny strategi',"
                + "'decision':{'body':'KS','date':'2022-03-01','paragraph':'7'}}");
        var goal = read("/api/plans/" + plan + "?validAt=2022-06-30").get("goals").get(0);
        assertThat(goal.get("purpose").asText()).isEqualTo("Syfte");
        assertThat(goal.get("strategies").toString()).isEqualTo("[\"S1\",\"S2\"]");
        assertThat(goal.get("risks")).isEmpty();
        assertThat(read("/api/plans/" + plan + "?validAt=2022-02-01").get("goals").get(0).get("strategies"))
                .hasSize(1);
        assertRefused("/api/goals/" + g + "/revisions", "{'reason':'Inget','decision':{'body':'KS','date':'2022-03-01',"
                + "'paragraph':'7'}}", 422, "title", "revidering");
    }
}
