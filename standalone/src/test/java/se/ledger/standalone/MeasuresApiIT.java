package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Text baselines, qualitative judgements, indicator revisions and a plan's own prognosis rule over HTTP. */
class MeasuresApiIT extends LedgerTestBase {

    private static final String KS = "'decision':{'body':'KS','date':'2022-03-14','paragraph':'30'}";

    private String indicator(String goal, String id, String body) {
        write("admin", "/api/goals/" + goal + "/indicators", "{'id':'" + plan + "-" + id + "'," + body + "}");
        return plan + "-" + id;
    }

    private void refused(int status, String user, String path, String body, String field) {
        var response = api.post(user, path, json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
    }

    @Test
    void aTextBaselineIsAcceptedAndAJudgementCountsWithItsText() {
        givenPlan();
        String goal = goal("g", "");
        String diet = indicator(goal, "kost", "'name':'Ny kostpolicy','unit':'bedömning',"
                + "'baseline':{'text':'Sätts i samband med ny kostpolicy'},'target':{'text':'Antagen'}");
        refused(422, "admin", "/api/goals/" + goal + "/indicators", "{'name':'x','unit':'st',"
                + "'baseline':{'value':3},'target':{'text':'y'}}", "baseline.date");

        refused(400, "chef", "/api/indicators/" + diet + "/measurements", "{'assessment':'ON_COURSE'}", "text");
        refused(400, "chef", "/api/indicators/" + diet + "/measurements",
                "{'assessment':'ON_COURSE','value':3,'text':'x'}", "value");
        refused(400, "chef", "/api/indicators/" + diet + "/measurements", "{'assessment':'GREEN','text':'x'}",
                "assessment");
        write("chef", "/api/indicators/" + diet + "/measurements",
                "{'assessment':'OFF_COURSE','text':'Policyn har inte tagits fram','effectiveDate':'2022-04-30'}");

        var prognosis = find(read("/api/plans/" + plan + "/prognoses?validAt=2022-05-01").get("prognoses"),
                "goalId", goal);
        assertThat(prognosis.get("computed").asText()).isEqualTo("NOT_MET");
        assertThat(prognosis.get("reasons").get(0).get("text").asText())
                .isEqualTo("Ny kostpolicy: kvalitativ bedömning 2022-04-30 av chef: Policyn har inte tagits fram");
        assertThat(prognosis.get("summary").asText()).isEqualTo("Inget av 1 mått är i fas och 1 är ur fas.");
    }

    @Test
    void anIndicatorIsRetiredByADecision() {
        givenPlan();
        String goal = goal("g", "");
        String old = indicator(goal, "old", "'name':'Gammalt mått','unit':'st','kind':'FLOW',"
                + "'targets':[{'year':2022,'value':10}]");
        refused(400, "admin", "/api/indicators/" + old + "/revisions", "{'validTo':'2022-06-30','reason':'x'}",
                "decision");
        refused(422, "admin", "/api/indicators/" + old + "/revisions", "{'validTo':'2023-06-30'," + KS
                + ",'reason':'x'}", "validTo");
        write("admin", "/api/indicators/" + old + "/revisions", "{'validTo':'2022-06-30'," + KS
                + ",'reason':'Ersätts'}");
        refused(422, "chef", "/api/indicators/" + old + "/measurements", "{'value':3,'effectiveDate':'2022-07-31'}",
                "effectiveDate");

        assertThat(indicators(read("/api/plans/" + plan + "?validAt=2022-06-30"))).hasSize(1);
        assertThat(indicators(read("/api/plans/" + plan + "?validAt=2022-07-01"))).isEmpty();
        assertThat(indicators(read("/api/plans/" + plan + "?validAt=2022-06-30")).get(0).get("validTo").asText())
                .isEqualTo("2022-06-30");
    }

    @Test
    void aPlansOwnRuleAppliesFromItsDecisionAndTheOldRuleBefore() {
        givenPlan();
        String measured = goal("m", "");
        indicator(measured, "inv", "'name':'Invånare','unit':'st','baseline':{'value':13900,'date':'2021-12-31'},"
                + "'target':{'direction':'INCREASE'}");
        write("chef", "/api/indicators/" + plan + "-inv/measurements", "{'value':13950,'effectiveDate':'2022-02-15'}");
        for (String id : new String[] {"a1", "a2", "a3"}) {
            status(activity(id, measured, "2022-01-10"), "DEVIATING", "Sent", "2022-02-01");
        }
        String activitiesOnly = goal("a", "");
        status(activity("b1", activitiesOnly, "2022-01-10"), "DEVIATING", "Sent", "2022-02-01");
        status(activity("b2", activitiesOnly, "2022-01-10"), "ON_TRACK", null, "2022-02-01");
        status(activity("b3", activitiesOnly, "2022-01-10"), "ON_TRACK", null, "2022-02-01");

        refused(422, "admin", "/api/plans/" + plan + "/prognosis-rule", "{'activitiesMayLower':true,"
                + "'notMetShare':1.5," + KS + ",'reason':'x'}", "notMetShare");
        refused(400, "admin", "/api/plans/" + plan + "/prognosis-rule", "{'notMetShare':0.25," + KS + ",'reason':'x'}",
                "activitiesMayLower");
        write("admin", "/api/plans/" + plan + "/prognosis-rule", "{'activitiesMayLower':false,'notMetShare':0.25,"
                + KS + ",'reason':'Aktiviteterna ska inte sänka mätta mål'}");

        var before = read("/api/plans/" + plan + "/prognoses?validAt=2022-02-28");
        assertThat(before.get("rule").get("activitiesMayLower").asBoolean()).isTrue();
        assertThat(before.get("rule").get("decision").isNull()).isTrue();
        assertThat(computed(before, measured)).isEqualTo("PARTLY_MET");
        assertThat(computed(before, activitiesOnly)).isEqualTo("PARTLY_MET");

        var after = read("/api/plans/" + plan + "/prognoses?validAt=2022-06-30");
        assertThat(after.get("rule").get("activitiesMayLower").asBoolean()).isFalse();
        assertThat(after.get("rule").get("notMetShare").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(after.get("rule").get("decision").get("paragraph").asText()).isEqualTo("30");
        assertThat(after.get("rule").get("effectiveFrom").asText()).isEqualTo("2022-03-14");
        assertThat(computed(after, measured)).isEqualTo("MET");
        assertThat(computed(after, activitiesOnly)).isEqualTo("NOT_MET");
        assertThat(find(after.get("prognoses"), "goalId", activitiesOnly).get("summary").asText())
                .isEqualTo("Bedömningen vilar enbart på aktiviteter (inget mått kan bedömas): 1 av 3 räknade"
                        + " aktiviteter har risk, mer än 25 %.");
    }

    private static String computed(JsonNode prognoses, String goal) {
        return find(prognoses.get("prognoses"), "goalId", goal).get("computed").asText();
    }

    private static JsonNode indicators(JsonNode view) {
        return view.get("goals").get(0).get("indicators");
    }
}
