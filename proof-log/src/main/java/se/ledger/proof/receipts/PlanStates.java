package se.ledger.proof.receipts;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.plan.query.api.FindPlan;

/**
 * The digest of a plan as the API shows it at (asOf, validAt), in the form a receipt seals
 * ({@link SealedDigest}), canonicalised: what an offline verifier rebuilds from a bundle.
 */
@Component
public class PlanStates {

    private final QueryGateway queries;

    PlanStates(QueryGateway queries) {
        this.queries = queries;
    }

    /** In the current form: what a receipt sealed now carries. */
    public String digest(String planId, Instant asOf, LocalDate validAt) {
        return SealedDigest.of(view(planId, asOf, validAt));
    }

    /** In the form of a digest sealed earlier, to compare with it. */
    public String digestLike(String sealed, String planId, Instant asOf, LocalDate validAt) {
        return SealedDigest.like(sealed, view(planId, asOf, validAt));
    }

    private PlanView view(String planId, Instant asOf, LocalDate validAt) {
        return queries.query(new FindPlan(planId, asOf, validAt), ResponseTypes.instanceOf(PlanView.class)).join();
    }
}
