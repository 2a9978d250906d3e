package se.ledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contribution rule on its own, as an importer would call it. */
class ContributionsTest {

    private static final Map<String, List<String>> CONTRIBUTIONS = Map.of("b", List.of("c"), "c", List.of("a"));

    @Test
    void aChainBackToTheGoalIsACircle() {
        assertThat(Contributions.cycle("a", List.of("b"), g -> CONTRIBUTIONS.getOrDefault(g, List.of())))
                .hasValueSatisfying(message -> assertThat(message).contains("'a'").contains("cirkel"));
    }

    @Test
    void aChainEndingElsewhereIsNoCircle() {
        assertThat(Contributions.cycle("x", List.of("b"), g -> CONTRIBUTIONS.getOrDefault(g, List.of()))).isEmpty();
    }

    @Test
    void aCircleNotThroughTheGoalDoesNotLoopForever() {
        var loop = Map.of("b", List.of("c"), "c", List.of("b"));
        assertThat(Contributions.cycle("a", List.of("b"), g -> loop.getOrDefault(g, List.of()))).isEmpty();
    }

    @Test
    void contributionsGoToGoalsOfOverlappingOtherPlans() {
        var directory = Fixtures.directory().plan("kf", "2019-01-01", "2022-12-31")
                .entity(se.ledger.events.EntityKind.GOAL, "kf1", "kf");
        var lookups = Contributions.Lookups.of(directory);
        assertThat(Contributions.problem("g1", new se.ledger.events.PlanId("p1"), List.of("kf1"), lookups)).isEmpty();
        assertThat(Contributions.problem("g1", new se.ledger.events.PlanId("p1"), List.of("g2"), lookups))
                .hasValueSatisfying(message -> assertThat(message).contains("samma plan"));
    }
}
