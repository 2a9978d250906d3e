package se.ledger.proof.receipts;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.plan.query.SealedPlanState;
import se.ledger.plan.query.api.FindPlan;
import se.ledger.proof.leaf.StateDigest;

/**
 * The digest of a plan as the API shows it at (asOf, validAt), in the form a receipt seals
 * ({@link SealedPlanState}), canonicalised: what an offline verifier rebuilds from a bundle.
 */
@Component
public class PlanStates {

    private final QueryGateway queries;

    PlanStates(QueryGateway queries) {
        this.queries = queries;
    }

    public String digest(String planId, Instant asOf, LocalDate validAt) {
        var view = queries.query(new FindPlan(planId, asOf, validAt), ResponseTypes.instanceOf(PlanView.class)).join();
        return StateDigest.of(SealedPlanState.json(view));
    }
}
