package se.ledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The September follow-up of the August plan table, imported onto the plan the August table made: it adds the
 * new month marks and status texts and lists them, adds nothing the second time, and refuses a file that
 * contradicts the plan. Each test imports August as a plan of its own organisation, so tests share no plan.
 */
class FollowUpImportIT extends ImportTestBase {

    private static final String SEPTEMBER = "vaggeryd-verksamhetsplan-2022-september.tsv";
    private static final String P = "⇒";
    private static final String R = "↑";
    private static final String F = "↓";

    private String plan;

    @BeforeEach
    void importAugustAsANewPlan() {
        String organisation = "Vaggeryd " + unique();
        var august = upload("?organisation=" + encode(organisation), SAMPLE, sampleVariant());
        assertThat(august.status()).as(august.body()).isEqualTo(201);
        plan = august.json().get("planIds").get(0).asText();
    }

    @Test
    void septemberAddsItsMarksAndStatusTextsListsThemAndTheSecondTimeAddsNothing() {
        long before = planEvents();
        String knownBefore = Instant.now().toString();

        var response = upload("?plan=" + plan, SEPTEMBER, resource(SEPTEMBER));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/api/plans/" + plan);
        var summary = response.json();
        assertThat(summary.get("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(summary.get("planIds")).hasSize(1);
        assertThat(summary.at("/planIds/0").asText()).isEqualTo(plan);
        assertThat(summary.at("/counts/monthReports").asInt()).isEqualTo(17);
        assertThat(summary.at("/counts/comments").asInt()).isEqualTo(12);
        assertThat(summary.at("/counts/goals").asInt()).isZero();
        assertThat(summary.at("/counts/activities").asInt()).isZero();
        assertThat(summary.get("events").asLong()).isEqualTo(29);
        assertThat(planEvents()).isEqualTo(before + 29);
        var added = summary.get("added");
        assertThat(added).hasSize(12);
        var lokal = find(added, "entity", plan + "-omrade-2");
        assertThat(lokal.get("title").asText()).isEqualTo("Lokalförsörjning");
        assertThat(lokal.get("line").asInt()).isEqualTo(5);
        assertThat(lokal.at("/monthMarks/0/month").asText()).isEqualTo("2022-09");
        assertThat(lokal.at("/monthMarks/0/mark").asText()).isEqualTo("FALLING");
        assertThat(lokal.get("monthMarks")).hasSize(1);
        assertThat(lokal.at("/comments/0/effectiveDate").asText()).isEqualTo("2022-09-30");
        assertThat(lokal.at("/comments/0/text").asText()).startsWith("Hyresavtalen som tekniska nämnden");
        assertThat(find(added, "entity", plan + "-omrade-13").get("monthMarks")).hasSize(3);

        long position = summary.get("position").asLong();
        var grid = read("/api/plans/" + plan + "/history?year=2022", position);
        assertThat(marks(grid, 1)).containsExactly(P, P, P, P, P, P, null, P, P, null, null, null);
        assertThat(marks(grid, 2)).containsExactly(P, P, P, P, P, P, null, P, F, null, null, null);
        assertThat(marks(grid, 4)).containsExactly(null, null, null, null, null, null, null, null, P, null, null,
                null);
        assertThat(marks(grid, 7)).containsOnlyNulls().hasSize(12);
        assertThat(marks(grid, 9)).containsExactly(R, R, R, R, R, R, R, R, P, null, null, null);
        assertThat(marks(grid, 10)).containsExactly(P, P, P, P, P, P, P, P, F, null, null, null);
        assertThat(marks(grid, 13)).containsExactly(P, P, P, P, P, P, P, P, P, null, null, null);
        var ledarutveckling = row(grid, 12).get("months");
        assertThat(ledarutveckling.at("/7/comments/0").asText()).isEqualTo("Aqvslut grupp 5. Uppstart grupp 6");
        assertThat(ledarutveckling.at("/8/comments")).hasSize(1);
        assertThat(ledarutveckling.at("/8/comments/0").asText())
                .isEqualTo("Grupp 6 i ledarutvecklingsprogrammet har startat med 18 chefer.");
        assertThat(row(grid, 7).at("/months/8/comments")).isEmpty();

        var view = read("/api/plans/" + plan + "?validAt=2022-09-30", position);
        assertThat(view.get("goals")).hasSize(13);
        int activities = 0;
        for (JsonNode goal : view.get("goals")) {
            activities += goal.get("activities").size();
        }
        assertThat(activities).isEqualTo(68);
        assertThat(find(view.get("goals"), "id", plan + "-omrade-2").get("title").asText())
                .isEqualTo("Lokalförsörjning");

        // as the ledger knew it before the follow-up: the August state, September's marks not yet there
        var gridBefore = read("/api/plans/" + plan + "/history?year=2022&asOf=" + knownBefore, position);
        assertThat(marks(gridBefore, 2)).containsExactly(P, P, P, P, P, P, null, P, null, null, null, null);
        assertThat(row(gridBefore, 12).at("/months/8/comments")).isEmpty();
        assertThat(read("/api/plans/" + plan + "?validAt=2022-09-30&asOf=" + knownBefore, position).get("goals"))
                .hasSize(13);
        // marks and status texts are no evidence for the computed prognosis: the same before and after, per date
        for (String validAt : List.of("2022-08-31", "2022-09-30")) {
            var after = read("/api/plans/" + plan + "/prognoses?validAt=" + validAt, position);
            var earlier = read("/api/plans/" + plan + "/prognoses?validAt=" + validAt + "&asOf=" + knownBefore,
                    position);
            assertThat(after.get("prognoses")).hasSize(13);
            assertThat(after.at("/rule/decision").isNull()).as("the default rule").isTrue();
            assertThat(computed(after)).isEqualTo(computed(earlier)).hasSize(13);
        }

        var again = upload("?plan=" + plan, SEPTEMBER, resource(SEPTEMBER));

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("outcome").asText()).isEqualTo("ALREADY_IMPORTED");
        assertThat(again.json().get("events").asLong()).isZero();
        assertThat(again.json().get("added")).isEmpty();
        assertThat(again.json().at("/counts/monthReports").asInt()).isZero();
        assertThat(planEvents()).isEqualTo(before + 29);
    }

    @Test
    void theAugustTableOntoItsOwnPlanAddsNothing() {
        long before = planEvents();

        var response = upload("?plan=" + plan, SAMPLE, resource(SAMPLE));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("outcome").asText()).isEqualTo("ALREADY_IMPORTED");
        assertThat(response.json().get("message").asText()).contains("Inget nytt");
        assertThat(response.json().get("added")).isEmpty();
        assertThat(planEvents()).isEqualTo(before);
    }

    @Test
    void aDryRunListsWhatItWouldAddAndStoresNothing() {
        long before = planEvents();

        var response = upload("?plan=" + plan + "&dryRun=true", SEPTEMBER, resource(SEPTEMBER));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("outcome").asText()).isEqualTo("DRY_RUN");
        assertThat(response.json().get("events").asLong()).isEqualTo(29);
        assertThat(response.json().get("added")).hasSize(12);
        assertThat(response.json().path("position").isNumber()).isFalse();
        assertThat(planEvents()).isEqualTo(before);

        var real = upload("?plan=" + plan, SEPTEMBER, resource(SEPTEMBER));
        assertThat(real.json().get("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(real.json().get("events").asLong()).isEqualTo(29);
    }

    @Test
    void aFileThatContradictsThePlanIsRefusedWithEveryLineAndNothingIsStored() {
        long before = planEvents();
        // area 1 (line 4): February's ⇒ became ↓; area 2 (line 5): a new title
        String file = withCell(withCell(text(SEPTEMBER), 4, 6, F), 5, 1, "Lokaler");

        var response = upload("?plan=" + plan, SEPTEMBER, file);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("title").asText()).isEqualTo("Uppföljningen motsäger planen");
        assertThat(problem.get("detail").asText()).contains("2 motsägelser", plan, "Inget har lagrats");
        assertThat(problem.get("errors")).hasSize(2);
        assertThat(problem.at("/errors/0/line").asInt()).isEqualTo(4);
        assertThat(problem.at("/errors/0/reason").asText()).contains("februari 2022", "↓ i filen", "⇒ i planen");
        assertThat(problem.at("/errors/1/line").asInt()).isEqualTo(5);
        assertThat(problem.at("/errors/1/column").asText()).isEqualTo("2");
        assertThat(problem.at("/errors/1/reason").asText()).contains("'Lokaler' i filen", "'Lokalförsörjning' i planen");
        assertThat(planEvents()).isEqualTo(before);
    }

    @Test
    void aPlanThatDoesNotExistIsNotFoundAndASpreadsheetCannotFollowUp() {
        var missing = upload("?plan=finns-inte-" + unique(), SEPTEMBER, resource(SEPTEMBER));
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);

        var sheet = upload("?plan=" + plan, "plan.csv", Sheets.plan(unique()));
        assertThat(sheet.status()).as(sheet.body()).isEqualTo(400);
        assertThat(sheet.json().at("/errors/0/field").asText()).isEqualTo("plan");

        var otherYear = upload("?plan=" + plan, "vaggeryd-verksamhetsplan-2023-september.tsv", resource(SEPTEMBER));
        assertThat(otherYear.status()).as(otherYear.body()).isEqualTo(400);
        assertThat(otherYear.json().at("/errors/0/field").asText()).isEqualTo("year");
    }

    private long planEvents() {
        long count = events.of(plan).size();
        for (int area = 1; area <= 13; area++) {
            count += events.of(plan + "-omrade-" + area).size();
        }
        return count;
    }

    private JsonNode row(JsonNode grid, int area) {
        return find(grid.get("rows"), "id", plan + "-omrade-" + area);
    }

    private static List<String> computed(JsonNode prognoses) {
        var computed = new ArrayList<String>();
        prognoses.get("prognoses").forEach(p -> computed.add(p.get("goalId").asText() + "=" + p.get("computed")));
        return computed;
    }

    private List<String> marks(JsonNode grid, int area) {
        var marks = new ArrayList<String>();
        row(grid, area).get("months").forEach(m -> marks.add(m.get("markSymbol").isNull() ? null
                : m.get("markSymbol").asText()));
        return marks;
    }

    private static String text(String resource) {
        return new String(resource(resource), StandardCharsets.UTF_8);
    }

    /** The file with one cell (1-based line, 0-based cell) replaced. */
    private static String withCell(String file, int line, int cell, String text) {
        String[] lines = file.split("\n", -1);
        String[] cells = lines[line - 1].split("\t", -1);
        cells[cell] = text;
        lines[line - 1] = String.join("\t", cells);
        return String.join("\n", lines);
    }
}
