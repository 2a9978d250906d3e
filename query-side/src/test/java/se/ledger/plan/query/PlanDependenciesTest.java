package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ledger.plan.query.PlanDependencies.Contribution;

class PlanDependenciesTest {

    // council goal kf-1; board goals bn-1 (contributes to kf-1) and sn-1 (to kf-1); unit goal skola-1 (to bn-1);
    // the board bn also contributes to another council goal of a plan nobody else touches (kf2-1)
    private final List<Contribution> contributions = List.of(new Contribution("bn", "kf-1"),
            new Contribution("sn", "kf-1"), new Contribution("skola", "bn-1"), new Contribution("bn", "kf2-1"));
    private final Map<String, String> planOfGoal = Map.of("kf-1", "kf", "bn-1", "bn", "kf2-1", "kf2");

    @Test
    void canFindEveryPlanWhoseGoalsCountInTheCouncilsPrognosesDownTheChain() {
        assertThat(PlanDependencies.closure("kf", contributions, planOfGoal))
                .containsExactly("kf", "bn", "sn", "skola");
    }

    @Test
    void canFindTheLinkedPlansOfABoardButNotWhatElseContributesToThem() {
        assertThat(PlanDependencies.closure("bn", contributions, planOfGoal))
                .containsExactlyInAnyOrder("bn", "skola", "kf", "kf2").doesNotContain("sn");
    }

    @Test
    void canLeaveAPlanWithoutContributionsAlone() {
        assertThat(PlanDependencies.closure("other", contributions, planOfGoal)).containsExactly("other");
    }
}
