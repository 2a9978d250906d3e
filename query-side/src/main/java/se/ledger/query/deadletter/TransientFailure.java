package se.ledger.query.deadletter;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.TransientDataAccessException;
import se.ledger.platform.DatabaseOutage;

/**
 * A failure that says nothing about the event: the database lost the connection, chose this
 * transaction as a deadlock's or a serialization conflict's victim, or ran out of patience for a
 * lock or the statement. Handling the same event again later succeeds, so it must not be parked
 * as a dead letter, where it and its entity's later events would wait for an administrator.
 */
final class TransientFailure {

    /**
     * 40001 serialization failure, 40P01 deadlock, 55P03 lock not available, 57014 statement
     * cancelled (timeout or cancel request).
     */
    private static final Set<String> STATES = Set.of("40001", "40P01", "55P03", "57014");

    private TransientFailure() {
    }

    static boolean is(Throwable failure) {
        if (DatabaseOutage.isOutage(failure)) {
            return true;
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable e = failure; e != null && seen.add(e); e = e.getCause()) {
            if (e instanceof TransientDataAccessException || e instanceof SQLTransientException) {
                return true;
            }
            if (e instanceof SQLException sql && transientState(sql)) {
                return true;
            }
        }
        return false;
    }

    /** A batch reports the failing statement's state in its chain of next exceptions. */
    private static boolean transientState(SQLException sql) {
        Set<SQLException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SQLException e = sql; e != null && seen.add(e); e = e.getNextException()) {
            if (e.getSQLState() != null && STATES.contains(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
