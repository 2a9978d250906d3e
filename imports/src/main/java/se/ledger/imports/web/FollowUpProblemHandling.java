package se.ledger.imports.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.ledger.imports.FollowUpContradicted;
import se.ledger.platform.ProblemHandling;

/** A follow-up that contradicts its plan: every contradiction with its line, as a file's parse problems are. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FollowUpProblemHandling {

    @ExceptionHandler(FollowUpContradicted.class)
    ProblemDetail contradicted(FollowUpContradicted e) {
        int count = e.problems().size();
        var problem = ProblemHandling.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Uppföljningen motsäger planen",
                e.fileName() + ": " + count + (count == 1 ? " motsägelse" : " motsägelser") + " mot planen "
                        + e.planId() + "; rätta filen, eller planen i liggaren, och importera igen. Inget har lagrats.");
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
