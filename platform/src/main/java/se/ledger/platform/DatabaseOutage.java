package se.ledger.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request that failed because PostgreSQL is unreachable, restarting or gone mid-request answers
 * 503 with {@code Retry-After}, whatever wraps the failure (Spring's transaction and JDBC
 * exceptions, Axon's command and event store exceptions). A resolver, not an
 * {@code @ExceptionHandler}: only the whole cause chain, SQL states included, tells an outage from
 * an ordinary SQL error, and a resolver can decline the others, which then reach the usual
 * handlers unchanged.
 */
@Component
public class DatabaseOutage implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    /** Seconds; the embedded database is usually back within a few. */
    static final String RETRY_AFTER = "5";
    /** JDK proxy and lambda frames may come before Hikari's own. */
    private static final int HIKARI_FRAMES = 8;

    private final ProblemResponses problems;

    DatabaseOutage(ObjectMapper json) {
        this.problems = new ProblemResponses(json);
    }

    /** True if a cause says the database could not be reached or dropped the connection. */
    public static boolean isOutage(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var pending = new ArrayDeque<Throwable>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable e = pending.pop();
            if (!seen.add(e)) {
                continue;
            }
            if (e.getCause() != null) {
                pending.push(e.getCause());
            }
            // a rollback on a dead connection fails too, and hides why the transaction failed
            if (e instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                pending.push(rollback.getApplicationException());
            }
            // not DataAccessResourceFailureException itself: Spring also files SQL states 53 and 54 under it
            // (out of memory, "index row size exceeds maximum"), which a client's input can cause; its
            // cause, walked like any other, tells whether the connection was the trouble
            if (e instanceof CannotCreateTransactionException || e instanceof CannotGetJdbcConnectionException
                    || e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof ConnectException) {
                return true;
            }
            if (e instanceof SQLException sql && (lostConnection(sql.getSQLState()) || brokenInPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hikari closes a connection it saw break (SQL state 08…) and answers every later call on it
     * with this stateless exception; the first failure may have been swallowed (Axon reads the
     * snapshot table that way), so this one is all the request gets to see.
     */
    private static boolean brokenInPool(SQLException e) {
        if (e.getSQLState() != null || e.getMessage() == null
                || !e.getMessage().toLowerCase(Locale.ROOT).startsWith("connection is closed")) {
            return false;
        }
        // thrown by Hikari's proxy of the closed connection: a frame of Hikari near the top of the stack
        var trace = e.getStackTrace();
        for (int i = 0; i < Math.min(trace.length, HIKARI_FRAMES); i++) {
            if (trace[i].getClassName().startsWith("com.zaxxer.hikari.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 08: connection exception; 57P01–57P03: shut down by an administrator, crashed, starting up;
     * 53300: too many connections (the server is up but takes no one, as while a pool refills).
     */
    private static boolean lostConnection(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("53300"));
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!isOutage(failure) || response.isCommitted()) {
            return null;
        }
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
        try {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "Databasen är inte tillgänglig",
                    "Databasen svarar inte just nu; försök igen om en stund. Med samma Idempotency-Key"
                            + " lagras en skrivning högst en gång.");
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        // before the @ExceptionHandler methods of every advice, ProblemHandling's catch-all included
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
