package se.ledger.imports.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.ledger.imports.ImportRefused;
import se.ledger.imports.text.ImportRejected;
import se.ledger.platform.ProblemHandling;

/** Import failures as problem+json, before the platform's catch-all; either way nothing was stored. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblemHandling {

    /** Where in the file a ledger rule refused what the file says. */
    record Refusal(Integer line, String field, String reason,
            @JsonInclude(JsonInclude.Include.NON_NULL) String sheet) {
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail rejected(ImportRejected e) {
        int count = e.problems().size();
        var problem = ProblemHandling.problem(HttpStatus.BAD_REQUEST, "Filen kunde inte tolkas", e.fileName() + ": "
                + count + " fel; rätta filen och importera den igen. Inget har lagrats.");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(ImportRefused.class)
    ProblemDetail refused(ImportRefused e) {
        var problem = e.conflict()
                ? ProblemHandling.problem(HttpStatus.CONFLICT, "Konflikt", e.located())
                : ProblemHandling.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Regel bruten",
                        e.located() + " Inget i filen har lagrats.");
        problem.setProperty("errors", List.of(new Refusal(e.line(), e.field(), e.getMessage(), e.sheet())));
        return problem;
    }
}
