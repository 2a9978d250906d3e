package se.ledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheet's columns for plans over levels and years (docs/import-formats.md), imported over HTTP
 * and read back through the plan view: a council programme 2019–2022 and a board plan 2022 whose goal
 * contributes to a council goal, a delmål that ends by a decision, a flow with yearly targets, a text
 * baseline and a qualitative judgement.
 */
class SheetNewFieldsIT extends ImportTestBase {

    private static final List<String> COLUMNS = List.of("typ", "id", "titel", "organisation", "plan",
            "överordnat mål", "mål", "nyckeltal", "nivå", "start", "slut", "bidrar till", "syfte", "strategier",
            "risker", "gäller till", "beslut", "måttslag", "enhet", "ingångsvärde", "ingångsdatum",
            "ingångsbeskrivning", "målbeskrivning", "målvärden per år", "datum", "värde", "bedömning", "kommentar");

    private static String row(String... pairs) {
        String[] cells = new String[COLUMNS.size()];
        Arrays.fill(cells, "");
        for (int i = 0; i < pairs.length; i += 2) {
            String value = pairs[i + 1];
            cells[COLUMNS.indexOf(pairs[i])] = value.contains("\n") || value.contains(";") ? "\"" + value + "\""
                    : value;
        }
        return String.join(";", cells) + "\n";
    }

    /** The board's plan first: its goal contributes to a council goal defined further down. */
    private static String sheet(String p, String contributesTo) {
        return String.join(";", COLUMNS) + "\n"
                + row("typ", "PLAN", "id", p + "-KS", "titel", "Verksamhetsplan 2022", "organisation",
                        "Kommunstyrelsen", "nivå", "KS", "start", "2022-01-01", "slut", "2022-12-31")
                + row("typ", "MÅL", "id", p + "-KS1", "titel", "Fler nya företag", "plan", p + "-KS", "bidrar till",
                        contributesTo, "syfte", "Ett starkt näringsliv", "strategier", "Företagslotsen\nSnabba bygglov",
                        "risker", "Lågkonjunktur")
                + row("typ", "PLAN", "id", p + "-KF", "titel", "Strategiskt utvecklingsprogram 2019–2022",
                        "organisation", "Kommunfullmäktige", "nivå", "fullmäktige", "start", "2019-01-01", "slut",
                        "2022-12-31")
                + row("typ", "MÅL", "id", p + "-KF1", "titel", "Hållbar tillväxt", "plan", p + "-KF")
                + row("typ", "MÅL", "id", p + "-D1", "titel", "Delmål våren 2022", "plan", p + "-KS",
                        "överordnat mål", p + "-KS1", "gäller till", "2022-06-30", "beslut", "KS 2022-02-14 § 12")
                + row("typ", "NYCKELTAL", "id", p + "-N1", "titel", "Antal nya företag", "mål", p + "-KS1",
                        "måttslag", "flöde", "enhet", "st", "ingångsvärde", "84", "ingångsdatum", "2021-12-31",
                        "målvärden per år", "2022: 90 | 2023: 95")
                + row("typ", "NYCKELTAL", "id", p + "-N2", "titel", "Ny kostpolicy", "mål", p + "-KS1",
                        "ingångsbeskrivning", "Sätts i samband med ny kostpolicy", "målbeskrivning",
                        "Kostpolicyn är antagen och följs")
                + row("typ", "MÄTNING", "nyckeltal", p + "-N1", "datum", "2022-06-30", "värde", "41")
                + row("typ", "MÄTNING", "nyckeltal", p + "-N2", "datum", "2022-04-30", "bedömning", "Risk",
                        "kommentar", "Arbetet har startat; beslut väntas i höst");
    }

    @Test
    void plansOverLevelsAndYearsAreImportedAndReadBackThroughThePlanView() {
        String p = unique();
        var response = upload("", p + ".csv", sheet(p, p + "-KF1"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        long position = response.json().get("position").asLong();
        assertThat(response.json().at("/counts/goals").asInt()).isEqualTo(3);

        var ks = read("/api/plans/" + p + "-KS?validAt=2022-06-30", position);
        assertThat(ks.get("level").asText()).isEqualTo("BOARD");
        var ks1 = find(ks.get("goals"), "id", p + "-KS1");
        assertThat(ks1.get("contributesTo").get(0).get("goalId").asText()).isEqualTo(p + "-KF1");
        assertThat(ks1.get("contributesTo").get(0).get("planId").asText()).isEqualTo(p + "-KF");
        assertThat(ks1.get("purpose").asText()).isEqualTo("Ett starkt näringsliv");
        assertThat(texts(ks1.get("strategies"))).containsExactly("Företagslotsen", "Snabba bygglov");
        assertThat(texts(ks1.get("risks"))).containsExactly("Lågkonjunktur");
        var delmal = find(ks1.get("goals"), "id", p + "-D1");
        assertThat(delmal.get("validTo").asText()).isEqualTo("2022-06-30");

        var flow = find(ks1.get("indicators"), "id", p + "-N1");
        assertThat(flow.get("kind").asText()).isEqualTo("FLOW");
        assertThat(flow.get("targets")).hasSize(2);
        assertThat(flow.get("yearTarget").asInt()).isEqualTo(90);
        var qualitative = find(ks1.get("indicators"), "id", p + "-N2");
        assertThat(qualitative.at("/baseline/text").asText()).isEqualTo("Sätts i samband med ny kostpolicy");
        assertThat(qualitative.at("/latest/assessment").asText()).isEqualTo("AT_RISK");
        assertThat(qualitative.at("/latest/assessedBy").asText()).isEqualTo("import:" + p + ".csv");

        var kf = read("/api/plans/" + p + "-KF?validAt=2022-06-30", position);
        assertThat(kf.get("level").asText()).isEqualTo("COUNCIL");
        var contributions = find(kf.get("goals"), "id", p + "-KF1").get("contributions");
        assertThat(contributions).hasSize(1);
        assertThat(contributions.get(0).get("goalId").asText()).isEqualTo(p + "-KS1");

        // after its last day the delmål is no longer part of the plan; the ledger keeps its revision
        var autumn = read("/api/plans/" + p + "-KS?validAt=2022-09-30", position);
        assertThat(find(autumn.get("goals"), "id", p + "-KS1").get("goals")).isEmpty();
        assertThat(events.of(p + "-D1")).hasSize(2);
    }

    @Test
    void aContributionToAGoalNeitherInTheFileNorInTheLedgerIsRefusedWithItsLineAndNothingIsStored() {
        String p = unique();
        long before = events.count();

        var response = upload("", p + ".csv", sheet(p, p + "-KF9"));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().at("/errors/0/line").asInt()).isEqualTo(3);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("contributesTo");
        assertThat(response.json().get("detail").asText()).contains("Målet '" + p + "-KF9' finns inte");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anEndWithoutItsDecisionIsRejectedWithLineAndColumn() {
        String p = unique();

        var response = upload("", p + ".csv", sheet(p, p + "-KF1").replace("KS 2022-02-14 § 12", ""));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/line").asInt()).isEqualTo(7);
        assertThat(response.json().at("/errors/0/column").asText()).isEqualTo("beslut");
        assertThat(events.of(p + "-KS")).isEmpty();
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
