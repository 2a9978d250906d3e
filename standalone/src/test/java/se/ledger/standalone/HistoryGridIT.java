package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The month-by-month table municipalities know, rebuilt from events. */
class HistoryGridIT extends LedgerTestBase {

    @Test
    void statusAtMonthEndMarksCommentsAndPrognosisPerMonth() {
        givenPlan();
        String goal = goal("g", "");
        String activity = activity("a", goal, "2022-02-01");
        status(activity, "ON_TRACK", null, "2022-03-10");
        status(activity, "DEVIATING", "Sjukskrivningar", "2022-03-20");
        status(activity, "ON_TRACK", null, "2022-05-02");
        for (String month : new String[] {"2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06", "2022-08"}) {
            write("chef", "/api/goals/" + goal + "/month-reports", "{'month':'" + month + "','mark':'AS_PLANNED'}");
        }
        write("chef", "/api/activities/" + activity + "/month-reports", "{'month':'2022-03','mark':'FALLING'}");
        write("chef", "/api/activities/" + activity + "/comments", "{'text':'Två sjukskrivna','effectiveDate':'2022-05-03'}");
        write("chef", "/api/activities/" + activity + "/comments", "{'text':'Ersättare på plats','effectiveDate':'2022-05-30'}");
        write("chef", "/api/goals/" + goal + "/comments", "{'text':'Augustirapport','effectiveDate':'2022-08-31'}");
        write("chef", "/api/goals/" + goal + "/prognoses",
                "{'prognosis':'MET','motivation':'Följer plan','effectiveDate':'2022-06-30'}");

        var history = read("/api/plans/" + plan + "/history?year=2022");
        assertThat(history.get("year").asInt()).isEqualTo(2022);
        var goalRow = history.get("rows").get(0);
        var activityRow = history.get("rows").get(1);
        assertThat(goalRow.get("kind").asText()).isEqualTo("goal");
        assertThat(activityRow.get("kind").asText()).isEqualTo("activity");
        assertThat(activityRow.get("goalId").asText()).isEqualTo(goal);
        assertThat(goalRow.get("months")).hasSize(12);

        assertThat(column(activityRow, "status")).startsWith("NOT_STARTED", "NOT_STARTED", "DEVIATING", "DEVIATING",
                "ON_TRACK", "ON_TRACK", "ON_TRACK", "ON_TRACK");
        assertThat(column(goalRow, "markSymbol")).startsWith("⇒", "⇒", "⇒", "⇒", "⇒", "⇒", null, "⇒", null);
        assertThat(month(goalRow, 7).get("mark").isNull()).isTrue();
        assertThat(month(activityRow, 3).get("mark").asText()).isEqualTo("FALLING");
        assertThat(month(activityRow, 5).get("comments")).extracting(JsonNode::asText)
                .containsExactly("Två sjukskrivna", "Ersättare på plats");
        assertThat(month(activityRow, 4).get("comments")).isEmpty();
        assertThat(month(goalRow, 8).get("comments").get(0).asText()).isEqualTo("Augustirapport");
        // the activity started in February but had not: at risk; in March deviating; from May on track
        assertThat(column(goalRow, "prognosis")).startsWith("MET", "NOT_MET", "NOT_MET", "NOT_MET", "MET");
        assertThat(month(goalRow, 6).get("statedPrognosis").asText()).isEqualTo("MET");
        assertThat(month(goalRow, 5).get("statedPrognosis").isNull()).isTrue();

        var csv = api.get("dashboard", "/api/plans/" + plan + "/history?year=2022", Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().count()).isEqualTo(3);
        assertThat(csv.body()).contains("Pågående med avvikelse").contains("Två sjukskrivna | Ersättare på plats");
    }

    @Test
    void theGridAsTheLedgerKnewItEarlier() {
        givenPlan();
        String goal = goal("g", "");
        String activity = activity("a", goal, "2022-01-01");
        status(activity, "ON_TRACK", null, "2022-02-28");
        String before = read("/api/plans/" + plan).get("asOf").asText();
        status(activity, "DEVIATING", "Rapporterad i efterhand", "2022-03-15");
        var then = read("/api/plans/" + plan + "/history?year=2022&asOf=" + before);
        var now = read("/api/plans/" + plan + "/history?year=2022");
        assertThat(column(then.get("rows").get(1), "status")).startsWith("NOT_STARTED", "ON_TRACK", "ON_TRACK",
                "ON_TRACK");
        assertThat(column(now.get("rows").get(1), "status")).startsWith("NOT_STARTED", "ON_TRACK", "DEVIATING",
                "DEVIATING");
    }

    private static JsonNode month(JsonNode row, int month) {
        return row.get("months").get(month - 1);
    }

    private static java.util.List<String> column(JsonNode row, String field) {
        var values = new java.util.ArrayList<String>();
        row.get("months").forEach(m -> values.add(m.get(field).isNull() ? null : m.get(field).asText()));
        return values;
    }
}
