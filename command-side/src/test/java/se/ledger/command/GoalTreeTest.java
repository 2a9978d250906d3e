package se.ledger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.ledger.platform.FieldProblem;
import se.ledger.platform.InvalidInput;

class GoalTreeTest {

    /** g1 above g2 above g3. */
    private static final Function<String, Optional<String>> TREE =
            id -> Optional.ofNullable(Map.of("g2", "g1", "g3", "g2").get(id));

    @Test
    void aGoalMayHangAnywhereBelowItself() {
        assertThat(GoalTree.cycle("g4", "g3", TREE)).isEmpty();
        assertThat(GoalTree.cycle("g3", "g1", TREE)).isEmpty();
        assertThat(GoalTree.cycle("g1", null, TREE)).isEmpty();
    }

    @Test
    void aGoalCannotBeItsOwnParent() {
        assertThat(GoalTree.cycle("g1", "g1", TREE))
                .contains("målet 'g1' blir överordnat sig självt: kedjan av överordnade mål går runt i en cirkel");
    }

    @Test
    void aGoalCannotHangBelowWhatHangsBelowIt() {
        assertThatThrownBy(() -> GoalTree.check("parentGoalId", "g1", "g3", TREE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("parentGoalId", "målet 'g1' blir överordnat sig självt: kedjan av "
                                + "överordnade mål går runt i en cirkel")));
    }

    @Test
    void aCircleElsewhereDoesNotHangTheWalk() {
        Function<String, Optional<String>> loop = id -> Optional.of(id.equals("a") ? "b" : "a");
        assertThat(GoalTree.cycle("g", "a", loop)).isEmpty();
    }
}
