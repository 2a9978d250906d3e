package se.ledger.plan.query.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.ledger.platform.ProblemHandling;
import se.ledger.query.ProjectionProgress;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QueryProblemHandling {

    @ExceptionHandler(ProjectionProgress.Behind.class)
    ResponseEntity<ProblemDetail> behind(ProjectionProgress.Behind e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .body(ProblemHandling.problem(HttpStatus.SERVICE_UNAVAILABLE, "Inte ikapp än", e.getMessage()));
    }
}
