package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Strategiskt utvecklingsprogram 2020–2022 (vaggeryd-strategiskt-utvecklingsprogram-2020-2022.txt):
 * the council's four overall goals for the mandate period, a board goal contributing to two of them,
 * and yearly delmål under it that end with their budget year.
 */
class ProgrammeGoalsIT extends DocumentTestBase {

    @Test
    void aDelmalIsPartOfItsYearAndGoneAfterItWhileTheLedgerKeepsIt() {
        enter("vaggeryd-strategiskt-utvecklingsprogram-2020-2022.json");

        var kf = read(planPath("kf") + "?validAt=2020-12-31");
        assertThat(kf.get("level").asText()).isEqualTo("COUNCIL");
        assertThat(ids(kf.get("goals"))).containsExactly(id("ov-1"), id("ov-2"), id("ov-3"), id("ov-4"));

        // 2020: the board goal rests on delmål 2020, which has reached its figure; the council's goals follow
        var ks2020 = read(planPath("ks") + "?validAt=2020-12-31");
        var board2020 = ks2020.get("goals").get(0);
        assertThat(ids(board2020.get("goals"))).containsExactly(id("ks-delmal-2020"));
        assertThat(board2020.get("goals").get(0).get("validTo").asText()).isEqualTo("2020-12-31");
        assertThat(board2020.get("prognosis").asText()).isEqualTo("MET");
        assertThat(fields(board2020.get("contributesTo"), "goalId")).containsExactly(id("ov-1"), id("ov-4"));
        var ov1 = find(kf.get("goals"), "id", id("ov-1"));
        assertThat(fields(ov1.get("contributions"), "prognosis")).containsExactly("MET");
        assertThat(ov1.get("prognosis").asText()).isEqualTo("MET");
        assertThat(find(kf.get("goals"), "id", id("ov-2")).get("contributions")).isEmpty();

        // 2021: delmål 2020 has ended, delmål 2021 has no evidence yet
        var ks2021 = read(planPath("ks") + "?validAt=2021-06-30");
        var board2021 = ks2021.get("goals").get(0);
        assertThat(ids(board2021.get("goals"))).containsExactly(id("ks-delmal-2021"));
        assertThat(board2021.get("prognosis").asText()).isEqualTo("NOT_ASSESSABLE");
        assertThat(fields(read("/api/plans/" + id("ks") + "/prognoses?validAt=2021-06-30").get("prognoses"), "goalId"))
                .containsExactly(id("ks-hallbarhet"), id("ks-delmal-2021"));
        assertThat(prognosisOf(read(planPath("kf") + "?validAt=2021-06-30"), "ov-1")).isEqualTo("NOT_ASSESSABLE");
        assertThat(ids(read(planPath("ks") + "?validAt=2022-06-30").get("goals").get(0).get("goals"))).isEmpty();

        // the grid of each year lists the delmål of that year only
        assertThat(fields(read("/api/plans/" + id("ks") + "/history?year=2020").get("rows"), "id"))
                .containsExactly(id("ks-hallbarhet"), id("ks-delmal-2020"));
        assertThat(fields(read("/api/plans/" + id("ks") + "/history?year=2021").get("rows"), "id"))
                .containsExactly(id("ks-hallbarhet"), id("ks-delmal-2021"));

        var ov1Months = find(read("/api/plans/" + id("kf") + "/history?year=2020").get("rows"), "id", id("ov-1"))
                .get("months");
        assertThat(fields(ov1Months, "prognosis").subList(9, 12)).containsExactly("NOT_ASSESSABLE", "MET", "MET");

        // the audit trail keeps the ended delmål and the decision that ended it
        var trail = read("/api/goals/" + id("ks-delmal-2020") + "/events");
        assertThat(fields(trail, "type")).containsExactly("GoalDefined", "GoalRevised");
        assertThat(trail.get(1).get("data").get("validTo").asText()).isEqualTo("2020-12-31");
        assertThat(trail.get(1).get("data").get("decision").get("paragraph").asText()).isEqualTo("12");
    }
}
