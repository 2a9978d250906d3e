package se.ledger.plan.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plans whose events a plan's view depends on besides its own (CrossPlanGoals reads them): the
 * plans of the goals its goals contribute to (a link shows their titles), and the plans whose goals
 * contribute to its goals, and to theirs in turn (a contributing goal counts with its own computed
 * prognosis). At any time and date: what a proof bundle must carry to rebuild the view offline.
 */
@Component
public class PlanDependencies {

    record Contribution(String fromPlan, String toGoal) {
    }

    private static final String CONTRIBUTIONS = "SELECT DISTINCT plan_id, jsonb_array_elements_text(value->'contributesTo')"
            + " FROM query.fact WHERE generation = ? AND entity_kind = 'GOAL' AND attribute = '" + Timeline.DEFINITION
            + "' AND jsonb_typeof(value->'contributesTo') = 'array' AND value->'contributesTo' <> '[]'::jsonb";
    private static final String PLANS_OF_GOALS = "SELECT DISTINCT entity_id, plan_id FROM query.fact"
            + " WHERE generation = ? AND entity_kind = 'GOAL' AND attribute = '" + Timeline.DEFINITION + "'"
            + " AND entity_id = ANY(?)";

    private final JdbcClient jdbc;
    private final ActivePlans plans;

    PlanDependencies(JdbcClient jdbc, ActivePlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /** The plan itself first, then those it depends on. */
    public Set<String> of(String planId) {
        int g = plans.generation();
        var contributions = jdbc.sql(CONTRIBUTIONS).params(g)
                .query((rs, n) -> new Contribution(rs.getString(1), rs.getString(2))).list();
        var planOfGoal = new HashMap<String, String>();
        if (!contributions.isEmpty()) {
            jdbc.sql(PLANS_OF_GOALS).params(g, contributions.stream().map(Contribution::toGoal).distinct()
                            .toArray(String[]::new))
                    .query((RowCallbackHandler) rs -> planOfGoal.put(rs.getString(1), rs.getString(2)));
        }
        return closure(planId, contributions, planOfGoal);
    }

    static Set<String> closure(String planId, List<Contribution> contributions, Map<String, String> planOfGoal) {
        var needed = new LinkedHashSet<String>();
        needed.add(planId);
        var linked = new ArrayList<String>();
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Contribution c : contributions) {
                String toPlan = planOfGoal.get(c.toGoal());
                if (toPlan != null && needed.contains(toPlan) && needed.add(c.fromPlan())) {
                    grew = true;
                }
                if (c.fromPlan().equals(planId) && toPlan != null) {
                    linked.add(toPlan);
                }
            }
        }
        needed.addAll(linked);
        return needed;
    }
}
