package se.ledger.plan.query.web;

import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Sends a query through the gateway and hands back the handler's own exception, if any. */
@Component
public class Ask {

    private final QueryGateway queries;

    Ask(QueryGateway queries) {
        this.queries = queries;
    }

    public <R> R query(Object query, ResponseType<R> type) {
        try {
            return queries.query(query, type).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof QueryExecutionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
