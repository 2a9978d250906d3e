package se.ledger.imports.kolada;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.ledger.platform.FieldProblem;
import se.ledger.platform.ProblemHandling;

/** Kolada failing as problem+json: a bad gateway (504 when it was too slow); nothing was stored. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class KoladaProblemHandling {

    @ExceptionHandler(KoladaFailure.class)
    ProblemDetail failed(KoladaFailure e) {
        var status = e.kind() == KoladaFailure.Kind.TIMEOUT ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
        var problem = ProblemHandling.problem(status, "Kolada kunde inte läsas", e.getMessage()
                + " Inget från Kolada har lagrats; försök igen senare.");
        problem.setProperty("errors", List.of(new FieldProblem("kolada", e.getMessage())));
        problem.setProperty("url", e.url());
        return problem;
    }
}
