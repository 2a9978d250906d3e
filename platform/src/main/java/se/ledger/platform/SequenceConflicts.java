package se.ledger.platform;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.postgresql.util.PSQLException;

/**
 * Tells Axon which storage failures are two writers appending the same event number to one
 * entity, so that it reports them as a concurrency conflict (409, or a retry) instead of a storage
 * failure (500). Axon's default resolver reads vendor error codes, which PostgreSQL does not set,
 * and a batched insert hides the real error behind {@link SQLException#getNextException()}.
 * Only the (aggregate, sequence) key counts: any other unique violation is a real fault.
 */
public final class SequenceConflicts implements PersistenceExceptionResolver {

    static final String SEQUENCE_KEY = "domainevententry_aggregateidentifier_sequencenumber_key";
    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = next(t)) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()) && onSequenceKey(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onSequenceKey(SQLException sql) {
        if (sql instanceof PSQLException psql && psql.getServerErrorMessage() != null
                && psql.getServerErrorMessage().getConstraint() != null) {
            return SEQUENCE_KEY.equals(psql.getServerErrorMessage().getConstraint());
        }
        return String.valueOf(sql.getMessage()).contains(SEQUENCE_KEY);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null && sql.getNextException() != t) {
            return sql.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
