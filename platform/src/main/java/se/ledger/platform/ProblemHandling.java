package se.ledger.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.ledger.platform.input.RefusedValue;

/**
 * Every error leaves as RFC 9457 problem+json. Handlers of a side's own exceptions run before this
 * one, which ends with the catch-all.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail invalid(List<FieldProblem> problems) {
        var detail = problems.stream().map(p -> p.field() + ": " + p.detail()).collect(Collectors.joining("; "));
        var problem = problem(HttpStatus.BAD_REQUEST, "Ogiltig begäran", detail);
        problem.setProperty("errors", problems);
        return problem;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Finns inte", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldProblem(e.getName(), "ogiltigt värde '" + e.getValue() + "'")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Behörighet saknas", "Din roll får inte göra detta.");
    }

    /** A broken multipart body (no boundary, no closing line); too large stays 413 (handled above). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail brokenMultipart(MultipartException e) {
        return invalid(List.of(new FieldProblem("body", "multipart-kroppen kan inte läsas (gräns, delar eller avslut fel)")));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internt fel",
                "Ett oväntat fel inträffade; ingenting av begäran lagrades.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(unreadable(mappingCause(e)))));
    }

    /** The JSON mapping failure knows the field; causes below it (date parsing, …) do not. */
    private static Throwable mappingCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException) {
                return cause;
            }
        }
        return e.getCause();
    }

    private static FieldProblem unreadable(@Nullable Throwable cause) {
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String detail;
            if (cause instanceof RefusedValue refused) {
                detail = refused.detail();
            } else if (cause instanceof ValueInstantiationException creation
                    && creation.getCause() instanceof IllegalArgumentException illegal) {
                detail = illegal.getMessage();
            } else if (cause instanceof UnrecognizedPropertyException) {
                detail = "okänt fält";
            } else if (cause instanceof InvalidFormatException format) {
                detail = "ogiltigt värde '" + format.getValue() + "'" + allowed(format);
            } else {
                detail = "ogiltigt värde";
            }
            return new FieldProblem(field, detail);
        }
        if (cause instanceof IllegalArgumentException illegal) {
            return new FieldProblem("body", illegal.getMessage());
        }
        return new FieldProblem("body", "kroppen är inte giltig JSON");
    }

    private static String allowed(InvalidFormatException format) {
        Class<?> target = format.getTargetType();
        if (target != null && target.isEnum()) {
            return "; tillåtna: " + java.util.Arrays.toString(target.getEnumConstants());
        }
        return "";
    }
}
