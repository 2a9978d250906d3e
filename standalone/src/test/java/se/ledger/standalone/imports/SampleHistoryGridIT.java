package se.ledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledger.imports.table.PlanTable;
import se.ledger.imports.table.PlanTableParser;

/** The sample's follow-up table rebuilt by the query API: the marks and comments of the file, month by month. */
class SampleHistoryGridIT extends ImportTestBase {

    private static final String P = "⇒";
    private static final String R = "↑";
    private JsonNode grid;

    @BeforeEach
    void importTheSample() {
        long position = importSample().get("position").asLong();
        grid = read("/api/plans/" + SAMPLE_PLAN + "/history?year=2022", position);
    }

    private JsonNode row(int area) {
        return find(grid.get("rows"), "id", SAMPLE_PLAN + "-omrade-" + area);
    }

    /** January to December as the grid shows them; null where nothing was reported. */
    private List<String> marks(int area) {
        var marks = new ArrayList<String>();
        row(area).get("months").forEach(m -> marks.add(m.get("markSymbol").isNull() ? null
                : m.get("markSymbol").asText()));
        return marks;
    }

    @Test
    void januaryToAugustCarryTheFilesMarksAndJulyIsBlankWhereTheFileIsBlank() {
        for (int area = 1; area <= 3; area++) {
            assertThat(marks(area)).as("area %d", area)
                    .containsExactly(P, P, P, P, P, P, null, P, null, null, null, null);
        }
        for (int area = 4; area <= 7; area++) {
            assertThat(marks(area)).as("area %d", area).containsOnlyNulls().hasSize(12);
        }
        assertThat(marks(8)).containsExactly(P, P, P, P, P, P, P, P, null, null, null, null);
        assertThat(marks(9)).containsExactly(R, R, R, R, R, R, R, null, null, null, null, null);
        assertThat(marks(12)).containsExactly(R, R, R, R, R, R, R, null, null, null, null, null);
        assertThat(marks(10)).containsExactly(P, P, P, P, P, P, P, null, null, null, null, null);
        assertThat(marks(11)).containsExactly(P, P, P, P, P, P, P, null, null, null, null, null);
        assertThat(marks(13)).containsExactly(P, P, P, P, P, P, null, null, null, null, null, null);
        assertThat(row(1).at("/months/0/month").asText()).isEqualTo("2022-01");
        assertThat(row(9).at("/months/0/mark").asText()).isEqualTo("RISING");
    }

    @Test
    void theAugustStatusTextIsTheAreasCommentOfAugustOnly() {
        PlanTable file = PlanTableParser.parse(SAMPLE, new String(resource(SAMPLE), StandardCharsets.UTF_8));
        for (var area : file.areas()) {
            var months = row(area.number()).get("months");
            for (int m = 0; m < 12; m++) {
                var comments = months.get(m).get("comments");
                if (m == 7) {
                    assertThat(comments).as("area %d August", area.number()).hasSize(1);
                    assertThat(comments.get(0).asText()).isEqualTo(area.followUpText());
                } else {
                    assertThat(comments).as("area %d month %d", area.number(), m + 1).isEmpty();
                }
            }
        }
        assertThat(row(12).at("/months/7/comments/0").asText()).isEqualTo("Aqvslut grupp 5. Uppstart grupp 6");
        assertThat(row(1).at("/months/7/comments/0").asText())
                .startsWith("Samrådstiden för ÖP går ut 30 september");
    }

    @Test
    void eachAreaIsFollowedByItsActivities() {
        var rows = grid.get("rows");
        var kinds = new ArrayList<String>();
        rows.forEach(r -> kinds.add(r.get("kind").asText() + ":" + r.get("id").asText()));
        int goal2 = kinds.indexOf("goal:" + SAMPLE_PLAN + "-omrade-2");
        assertThat(kinds.subList(goal2, goal2 + 6)).containsExactly("goal:" + SAMPLE_PLAN + "-omrade-2",
                "activity:" + SAMPLE_PLAN + "-omrade-2-aktivitet-1", "activity:" + SAMPLE_PLAN + "-omrade-2-aktivitet-2",
                "activity:" + SAMPLE_PLAN + "-omrade-2-aktivitet-3", "activity:" + SAMPLE_PLAN + "-omrade-2-aktivitet-4",
                "goal:" + SAMPLE_PLAN + "-omrade-3");
        assertThat(kinds).filteredOn(k -> k.startsWith("activity:")).hasSize(68);
    }
}
