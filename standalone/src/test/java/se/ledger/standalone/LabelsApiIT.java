package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The pages read their words from /api/labels: the same words the other answers and the messages use. */
class LabelsApiIT extends LedgerTestBase {

    @Test
    void everyReaderGetsTheWordsForEveryCodeInEnumOrder() {
        var response = api.get("dashboard", "/api/labels");
        assertThat(response.status()).isEqualTo(200);
        JsonNode labels = response.json();
        assertThat(labels.get("activityStatus").fieldNames()).toIterable().containsExactly("NOT_STARTED", "ON_TRACK",
                "DEVIATING", "COMPLETED", "COMPLETED_WITH_DEVIATION", "CANCELLED");
        assertThat(labels.get("prognosis").fieldNames()).toIterable()
                .containsExactly("MET", "PARTLY_MET", "NOT_MET", "NOT_ASSESSABLE");
        assertThat(labels.at("/prognosis/PARTLY_MET").asText()).isEqualTo("Uppfylls delvis");
        assertThat(labels.at("/monthMark/RISING/symbol").asText()).isEqualTo("↑");
        assertThat(labels.at("/monthMark/FALLING/label").asText()).isEqualTo("Halkar efter");
        assertThat(labels.at("/targetDirection/DECREASE").asText()).isEqualTo("Minskning");
        assertThat(labels.at("/entityKind/INDICATOR").asText()).isEqualTo("Nyckeltal");
        assertThat(labels.at("/assessment/OFF_COURSE").asText()).isEqualTo("Ur fas");
        assertThat(labels.get("months")).hasSize(12);
        assertThat(labels.at("/months/4/name").asText()).isEqualTo("maj");
        assertThat(labels.at("/months/9/shortName").asText()).isEqualTo("Okt");
        // the audit trail's words, its fields in the order the trail shows them
        assertThat(labels.at("/eventType/ActivityStatusChanged").asText()).isEqualTo("Status rapporterad");
        assertThat(labels.get("eventField").fieldNames()).toIterable().startsWith("title", "name", "organisation");
        assertThat(labels.at("/eventField/notMetShare").asText()).isEqualTo("Andel aktiviteter med risk (gräns)");
        assertThat(labels.at("/indicatorKind/FLOW").asText()).isEqualTo("Flöde per år");
    }

    @Test
    void thePlanAnswerAndTheLabelsSayTheSame() {
        givenPlan();
        String goal = goal("g1", "");
        String activity = activity("a1", goal, "2022-01-10");
        status(activity, "DEVIATING", "Försenad leverans", "2022-03-31");
        JsonNode labels = api.get("revisor", "/api/labels").json();
        JsonNode view = read("/api/plans/" + plan + "?validAt=2022-04-01").at("/goals/0/activities/0");
        assertThat(view.get("statusLabel").asText()).isEqualTo("Pågående med avvikelse")
                .isEqualTo(labels.at("/activityStatus/DEVIATING").asText());
        JsonNode reasons = read("/api/plans/" + plan + "/prognoses?validAt=2022-04-01").at("/prognoses/0/reasons");
        assertThat(reasons).isNotEmpty();
        reasons.forEach(r -> assertThat(labels.get("assessment").has(r.get("assessment").asText())).isTrue());
    }
}
