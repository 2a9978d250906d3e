package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The strategic development programme 2020–2022 entered as the municipality would
 * (fixtures/programme-measures-2020-2022.json, written from the document): a measurement plan
 * with flows, yearly targets and a qualitative "år 1" judgement, revised in 2021 (one indicator
 * retired, one added); plan view, grid and prognoses at several (asOf, validAt).
 */
class ProgrammeMeasuresIT extends LedgerTestBase {

    private Instant beforeRevision;

    @Test
    void theMeasurementPlanAcrossTheMandatePeriod() throws IOException {
        enterProgramme();

        // mid 2021: 41 new firms against 90 for the year is behind pace, not red
        var mid2021 = prognoses("validAt=2021-06-30");
        assertThat(prognosis(mid2021, "g1")).isEqualTo("NOT_MET");
        assertThat(prognosis(mid2021, "g2")).isEqualTo("PARTLY_MET");
        assertThat(reasons(mid2021, "g2")).containsExactly("Antal nya företag: 41 st hittills under 2021 mot 44,6 st"
                + " (90 för året × 50 % av året; förra året 84): efter årets takt");
        assertThat(prognosis(mid2021, "g3")).isEqualTo("PARTLY_MET");
        assertThat(reasons(mid2021, "g3")).containsExactly("Ny kostpolicy: kvalitativ bedömning 2020-12-31 av chef:"
                + " Kvalitativ bedömning år 1: arbetet med ny kostpolicy har startat, beslut väntas 2021");
        assertThat(prognosis(mid2021, "g4")).isEqualTo("NOT_ASSESSABLE");
        assertThat(mid2021.get("rule").get("notMetShare").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(mid2021.get("rule").get("decision").isNull()).isTrue();

        var view = read("/api/plans/" + plan + "?validAt=2021-06-30");
        assertThat(indicatorIds(view, "g4")).containsExactly(plan + "-paverka");
        var firms = goal(view, "g2").get("indicators").get(0);
        assertThat(firms.get("kind").asText()).isEqualTo("FLOW");
        assertThat(firms.get("assessment").asText()).isEqualTo("AT_RISK");
        assertThat(firms.get("yearTarget").asInt()).isEqualTo(90);
        assertThat(firms.get("baseline").get("value").asInt()).as("a flow's baseline: last year's total").isEqualTo(84);
        var diet = goal(view, "g3").get("indicators").get(0);
        assertThat(diet.get("baseline").get("text").asText()).isEqualTo("Sätts i samband med ny kostpolicy");
        assertThat(diet.get("latest").get("assessment").asText()).isEqualTo("AT_RISK");
        assertThat(diet.get("latest").get("assessedBy").asText()).isEqualTo("chef");

        // the same flow at two more dates of 2021: nothing yet in February, on pace in September
        assertThat(prognosis(prognoses("validAt=2021-02-28"), "g2")).isEqualTo("NOT_ASSESSABLE");
        var september = prognoses("validAt=2021-09-30");
        assertThat(prognosis(september, "g2")).isEqualTo("MET");
        assertThat(prognosis(september, "g4")).isEqualTo("MET");

        // 2020: the retired indicator still counts up to its last day; the new one is not there yet
        var end2020 = read("/api/plans/" + plan + "?validAt=2020-12-31");
        assertThat(indicatorIds(end2020, "g4")).containsExactly(plan + "-forslag");
        assertThat(prognosis(prognoses("validAt=2020-12-31"), "g4")).isEqualTo("MET");

        // as the ledger knew it before the 2021 revision was recorded
        String before = "asOf=" + beforeRevision;
        assertThat(indicatorIds(read("/api/plans/" + plan + "?validAt=2021-06-30&" + before), "g4"))
                .containsExactly(plan + "-forslag");
        var earlier = prognoses("validAt=2021-06-30&" + before);
        assertThat(prognosis(earlier, "g2")).isEqualTo("NOT_ASSESSABLE");
        assertThat(reasons(earlier, "g4")).containsExactly("Antal medborgarförslag: ingen mätning hittills under 2021");

        // the grid: month-end prognoses follow the measurement plan in force each month
        var grid2021 = read("/api/plans/" + plan + "/history?year=2021");
        assertThat(months(grid2021, "g4")).startsWith("NOT_ASSESSABLE", "NOT_ASSESSABLE", "NOT_ASSESSABLE",
                "NOT_ASSESSABLE", "NOT_ASSESSABLE", "NOT_ASSESSABLE", "NOT_ASSESSABLE", "NOT_ASSESSABLE", "MET");
        assertThat(months(grid2021, "g2")).startsWith("NOT_ASSESSABLE", "NOT_ASSESSABLE", "NOT_ASSESSABLE",
                "NOT_ASSESSABLE", "NOT_ASSESSABLE", "PARTLY_MET", "PARTLY_MET", "PARTLY_MET", "MET", "PARTLY_MET");
        var grid2020 = read("/api/plans/" + plan + "/history?year=2020");
        assertThat(months(grid2020, "g4").get(5)).isEqualTo("MET");
        assertThat(months(grid2020, "g4").get(11)).isEqualTo("MET");

        // the audit trail keeps the retired indicator and the decision that retired it
        var trail = read("/api/indicators/" + plan + "-forslag/events");
        assertThat(trail.findValuesAsText("type")).containsSubsequence("IndicatorDefined", "IndicatorRevised");
    }

    private void enterProgramme() throws IOException {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/programme-measures-2020-2022.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        var phases = fixture.get("phases");
        post(phases.get(0));
        read("/api/plans/" + plan);
        beforeRevision = Instant.now();
        post(phases.get(1));
    }

    private void post(JsonNode phase) {
        for (JsonNode step : phase.get("steps")) {
            write(step.get("user").asText(), step.get("path").asText().replace("$P", plan),
                    step.get("body").toString().replace("$P", plan));
        }
    }

    private JsonNode prognoses(String query) {
        return read("/api/plans/" + plan + "/prognoses?" + query);
    }

    private String prognosis(JsonNode prognoses, String goal) {
        return find(prognoses.get("prognoses"), "goalId", plan + "-" + goal).get("computed").asText();
    }

    private List<String> reasons(JsonNode prognoses, String goal) {
        var texts = new ArrayList<String>();
        find(prognoses.get("prognoses"), "goalId", plan + "-" + goal).get("reasons")
                .forEach(r -> texts.add(r.get("text").asText()));
        return texts;
    }

    private JsonNode goal(JsonNode view, String goal) {
        return find(view.get("goals"), "id", plan + "-" + goal);
    }

    private List<String> indicatorIds(JsonNode view, String goal) {
        return goal(view, goal).get("indicators").findValuesAsText("id");
    }

    private List<String> months(JsonNode grid, String goal) {
        var prognoses = new ArrayList<String>();
        find(grid.get("rows"), "id", plan + "-" + goal).get("months")
                .forEach(m -> prognoses.add(m.get("prognosis").asText()));
        return prognoses;
    }
}
