package se.ledger.plan.query;

import java.time.Instant;
import org.springframework.stereotype.Component;
import se.ledger.platform.NotFound;
import se.ledger.query.Generations;
import se.ledger.query.QuerySideConfig;

/** The generation readers use now, and a plan that must exist in it as known at asOf (else 404). */
@Component
class ActivePlans {

    private final PlanFacts facts;
    private final Generations generations;

    ActivePlans(PlanFacts facts, Generations generations) {
        this.facts = facts;
        this.generations = generations;
    }

    int generation() {
        return generations.active(QuerySideConfig.PLAN_PROJECTION);
    }

    /** @return the active generation, in which the plan is known at asOf */
    int require(String planId, Instant asOf) {
        int g = generation();
        facts.planDefinition(g, planId, asOf).orElseThrow(() -> new NotFound("Planen", planId));
        return g;
    }
}
