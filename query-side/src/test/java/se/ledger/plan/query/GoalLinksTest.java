package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.events.EntityKind;
import se.ledger.plan.query.PlanViews.GoalLink;

/**
 * A link to another plan's goal shows what that goal's definition says, as the linked plan's own
 * snapshot would (a goal past its last day is left out), without reading the linked plan.
 */
class GoalLinksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DAY = LocalDate.of(2021, 6, 30);

    private final List<String> plansRead = new ArrayList<>();

    private final List<PlanFact> definitions = List.of(definition("kf", "kf-1", null), definition("kf", "kf-2",
            "2021-06-29"), definition("kf", "kf-3", "2021-06-30"));

    private final OtherPlanFacts facts = new OtherPlanFacts() {
        public List<PlanFact> goalDefinitions(List<String> goalIds, LocalDate validAt) {
            return definitions.stream().filter(d -> goalIds.contains(d.fact().entityId())).toList();
        }

        public List<PlanFact> contributingGoals(LocalDate validAt) {
            return List.of();
        }

        public List<FactRow> plan(String planId, LocalDate validAt) {
            plansRead.add(planId);
            return definitions.stream().map(PlanFact::fact).toList();
        }

        public void read(Collection<String> planIds, LocalDate validAt) {
            plansRead.addAll(planIds);
        }
    };

    @Test
    void aLinkShowsTheGoalAsItsPlanHasItWithoutReadingThePlan() {
        var goals = new CrossPlanGoals(facts, DAY);
        var named = List.of("kf-1", "kf-2", "kf-3", "kf-none");
        goals.prepare(List.of("ks-1"), named);

        assertThat(goals.links(named)).containsExactly(new GoalLink("kf-1", "kf", "Mål kf-1"),
                new GoalLink("kf-3", "kf", "Mål kf-3"));
        assertThat(plansRead).isEmpty();
        // what the linked plan's own snapshot holds on the day: the same goals
        assertThat(Snapshot.of(facts.plan("kf", DAY), DAY).goals.keySet()).containsExactly("kf-1", "kf-3");
    }

    private static PlanFact definition(String plan, String id, String validTo) {
        try {
            return new PlanFact(plan, new FactRow(EntityKind.GOAL, id, "definition", JSON.readTree("{\"title\":\"Mål "
                    + id + "\"" + (validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"") + "}"),
                    LocalDate.of(2020, 1, 1), null, "e-" + id));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
