package se.ledger.proof.receipts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.plan.query.api.FindPlan;
import se.ledger.proof.leaf.StateDigest;

/** The digest of a plan as the API shows it at (asOf, validAt): the same JSON a client reads, canonicalised. */
@Component
public class PlanStates {

    private final QueryGateway queries;
    private final ObjectMapper json;

    PlanStates(QueryGateway queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    public String digest(String planId, Instant asOf, LocalDate validAt) {
        var view = queries.query(new FindPlan(planId, asOf, validAt), ResponseTypes.instanceOf(PlanView.class)).join();
        try {
            return StateDigest.of(json.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the plan view of " + planId + " cannot be written as JSON", e);
        }
    }
}
