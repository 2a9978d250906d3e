package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.events.EntityKind;
import se.ledger.plan.query.PlanViews.GoalView;

/** A goal that has ended (validTo) is not part of the plan after its last day; before, it is. */
class GoalValidityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static FactRow goal(String id, String parent, String validTo) throws Exception {
        String json = "{\"title\":\"Mål " + id + "\",\"strategies\":[\"Strategi\"],\"purpose\":\"Syfte\""
                + (parent == null ? "" : ",\"parentGoalId\":\"" + parent + "\"")
                + (validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"") + "}";
        return new FactRow(EntityKind.GOAL, id, "definition", JSON.readTree(json), LocalDate.of(2020, 1, 1), null,
                "e-" + id);
    }

    private static List<String> ids(List<GoalView> goals) {
        return goals.stream().map(GoalView::id).toList();
    }

    private static PlanAssembler at(String date) throws Exception {
        return new PlanAssembler(Snapshot.of(List.of(goal("mål", null, null), goal("delmål-2020", "mål", "2020-12-31")),
                LocalDate.parse(date)));
    }

    @Test
    void aDelmalIsPartOfThePlanUpToAndIncludingItsLastDay() throws Exception {
        var tree = at("2020-12-31").goalTree();
        assertThat(ids(tree.get(0).goals())).containsExactly("delmål-2020");
        assertThat(tree.get(0).goals().get(0).validTo()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void aDelmalIsGoneFromTreeAndPrognosesTheDayAfter() throws Exception {
        var assembler = at("2021-01-01");
        assertThat(ids(assembler.goalTree())).containsExactly("mål");
        assertThat(assembler.goalTree().get(0).goals()).isEmpty();
        assertThat(assembler.prognoses()).extracting(PlanViews.PrognosisView::goalId).containsExactly("mål");
    }

    @Test
    void theGoalTextsAreInTheView() throws Exception {
        var goal = at("2020-06-30").goalTree().get(0);
        assertThat(goal.purpose()).isEqualTo("Syfte");
        assertThat(goal.strategies()).containsExactly("Strategi");
        assertThat(goal.risks()).isEmpty();
        assertThat(goal.contributesTo()).isEmpty();
        assertThat(goal.contributions()).isEmpty();
    }
}
