package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import se.ledger.events.EntityKind;

/**
 * The plan answer, the prognoses and the changes come out the same from the facts PlanFacts.Shown
 * lets through as from all of a plan's facts: what is left out (month marks, latest comments) is
 * what those answers never show.
 */
class ShownFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DAY = LocalDate.of(2022, 8, 31);

    private final List<FactRow> all = List.of(
            row(EntityKind.PLAN, "p", "definition", "{\"title\":\"Plan\",\"organisation\":\"Nämnd\"}"),
            row(EntityKind.PLAN, "p", "adoption", "{\"decision\":{\"body\":\"KF\",\"date\":\"2022-01-10\"}}"),
            row(EntityKind.GOAL, "g", "definition", "{\"title\":\"Mål\"}"),
            row(EntityKind.GOAL, "g", "prognosis", "{\"prognosis\":\"MET\",\"motivation\":\"Bra\"}"),
            row(EntityKind.GOAL, "g", "mark:2022-07", "{\"mark\":\"AS_PLANNED\"}"),
            row(EntityKind.INDICATOR, "i", "definition", "{\"goalId\":\"g\",\"name\":\"Nöjdhet\",\"unit\":\"%\","
                    + "\"baseline\":{\"value\":10,\"date\":\"2021-12-31\"},\"target\":{\"value\":20,"
                    + "\"date\":\"2022-12-31\"}}"),
            row(EntityKind.INDICATOR, "i", "measurement", "{\"value\":15.5}"),
            row(EntityKind.ACTIVITY, "a", "definition", "{\"goalIds\":[\"g\"],\"title\":\"Aktivitet\","
                    + "\"start\":\"2022-02-01\"}"),
            row(EntityKind.ACTIVITY, "a", "status", "{\"status\":\"DEVIATING\",\"explanation\":\"Sen\"}"),
            row(EntityKind.ACTIVITY, "a", "comment", "{\"text\":\"Pågår\"}"),
            row(EntityKind.ACTIVITY, "a", "mark:2022-07", "{\"mark\":\"FALLING\"}"));

    @Test
    void thePlanAnswerIsTheSameWithoutTheMonthMarks() {
        assertThat(new PlanAssembler(snapshot(PlanFacts.Shown.NO_MARKS)).goalTree())
                .isEqualTo(new PlanAssembler(Snapshot.of(all, DAY)).goalTree());
        // the comments it does show
        assertThat(new PlanAssembler(snapshot(PlanFacts.Shown.NO_MARKS)).goalTree().get(0).activities().get(0)
                .latestComment().text()).isEqualTo("Pågår");
    }

    @Test
    void prognosesAndChangesAreTheSameFromTheAssessedFactsAlone() {
        var assessed = snapshot(PlanFacts.Shown.ASSESSED);
        assertThat(new PlanAssembler(assessed).prognoses())
                .isEqualTo(new PlanAssembler(Snapshot.of(all, DAY)).prognoses());
        var none = Snapshot.of(List.of(), DAY);
        assertThat(ChangeFinder.between("p", none, assessed))
                .isEqualTo(ChangeFinder.between("p", none, Snapshot.of(all, DAY))).isNotEmpty();
        assertThat(assessed.marks).isEmpty();
        assertThat(assessed.comments).isEmpty();
    }

    @Test
    void theHistoryKeepsItsMarksWithoutTheLatestComments() {
        var history = snapshot(PlanFacts.Shown.NO_COMMENTS);
        assertThat(history.marks).isEqualTo(Snapshot.of(all, DAY).marks).isNotEmpty();
        assertThat(history.comments).isEmpty();
    }

    /** The SQL filter of each Shown, read as the predicate it is. */
    private Snapshot snapshot(PlanFacts.Shown shown) {
        Predicate<String> mark = a -> a.startsWith(Assertions.MARK_PREFIX);
        Predicate<String> comment = Assertions.COMMENT::equals;
        Predicate<String> kept = switch (shown) {
            case ALL -> a -> true;
            case NO_MARKS -> mark.negate();
            case NO_COMMENTS -> comment.negate();
            case ASSESSED -> mark.negate().and(comment.negate());
        };
        assertThat(shown.filter).contains(switch (shown) {
            case ALL -> "";
            case NO_MARKS -> "NOT LIKE 'mark:%'";
            case NO_COMMENTS -> "<> 'comment'";
            case ASSESSED -> "NOT LIKE 'mark:%' AND attribute <> 'comment'";
        });
        return Snapshot.of(all.stream().filter(r -> kept.test(r.attribute())).toList(), DAY);
    }

    private static FactRow row(EntityKind kind, String id, String attribute, String json) {
        try {
            return new FactRow(kind, id, attribute, JSON.readTree(json), LocalDate.of(2022, 1, 31), null,
                    "e-" + id + "-" + attribute);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
