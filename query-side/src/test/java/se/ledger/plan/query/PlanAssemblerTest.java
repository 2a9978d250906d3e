package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.events.EntityKind;
import se.ledger.plan.query.PlanViews.GoalView;

class PlanAssemblerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DAY = LocalDate.of(2022, 8, 31);

    private static FactRow goal(String id, String parent) throws Exception {
        String json = "{\"title\":\"Mål " + id + "\"" + (parent == null ? "" : ",\"parentGoalId\":\"" + parent + "\"")
                + "}";
        return new FactRow(EntityKind.GOAL, id, "definition", JSON.readTree(json), LocalDate.of(2022, 1, 1), null,
                "e-" + id);
    }

    private static List<String> ids(List<GoalView> goals) {
        return goals.stream().map(GoalView::id).toList();
    }

    @Test
    void subGoalsHangUnderTheirParentsAndOrphansAtTheTop() throws Exception {
        var tree = new PlanAssembler(Snapshot.of(List.of(goal("a", null), goal("b", "a"), goal("c", "gone")), DAY))
                .goalTree();
        assertThat(ids(tree)).containsExactly("a", "c");
        assertThat(ids(tree.get(0).goals())).containsExactly("b");
    }

    @Test
    void aCircleOfParentsNeitherHidesItsGoalsNorLoops() throws Exception {
        var assembler = new PlanAssembler(Snapshot.of(List.of(goal("a", "b"), goal("b", "a"), goal("c", "a")), DAY));
        var tree = assembler.goalTree();
        assertThat(ids(tree)).containsExactly("a", "b");
        assertThat(ids(tree.get(0).goals())).containsExactly("c");
        assertThat(assembler.prognoses()).hasSize(3);
    }
}
