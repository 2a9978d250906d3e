package se.ledger.command.web;

import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.ledger.command.RuleViolation;
import se.ledger.platform.FieldProblem;
import se.ledger.platform.ProblemHandling;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblemHandling {

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        var problem = ProblemHandling.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Regel bruten", e.getMessage());
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return ProblemHandling.problem(HttpStatus.NOT_FOUND, "Finns inte", "Objektet " + e.getAggregateIdentifier() + " finns inte.");
    }

    /** Axon's own @TargetAggregateVersion check: the client's If-Match is not the entity's version. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        return ProblemHandling.problem(HttpStatus.CONFLICT, "Konflikt", "Objektet " + e.getAggregateIdentifier()
                + " har version " + e.getActualVersion() + ", inte " + e.getExpectedVersion()
                + " som i If-Match; läs om det och försök igen.");
    }

    @ExceptionHandler(ConflictingModificationException.class)
    ProblemDetail stale(ConflictingModificationException e) {
        return ProblemHandling.problem(HttpStatus.CONFLICT, "Inaktuell version",
                "Objektet har ändrats sedan versionen i If-Match; läs om det och försök igen.");
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrent(RuntimeException e) {
        return ProblemHandling.problem(HttpStatus.CONFLICT, "Samtidig ändring",
                "Någon annan ändrade samma objekt samtidigt, eller id:t används redan; försök igen.");
    }

    @ExceptionHandler({EntityBusy.class, PessimisticLockingFailureException.class})
    ProblemDetail busy(RuntimeException e) {
        return ProblemHandling.problem(HttpStatus.CONFLICT, "Samtidig ändring",
                "Objektet ändras av många samtidigt just nu; försök igen om en stund.");
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return ProblemHandling.problem(HttpStatus.CONFLICT, "Konflikt", e.getMessage());
    }
}
