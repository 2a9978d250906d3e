package se.ledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** The failures a lost database causes, as the ledger saw them when its PostgreSQL was killed. */
class DatabaseOutageTest {

    @Test
    void noConnectionFromThePool() {
        var timeout = new SQLTransientConnectionException("ledger - Connection is not available");
        assertThat(DatabaseOutage.isOutage(new CannotCreateTransactionException("no tx", timeout))).isTrue();
        assertThat(DatabaseOutage.isOutage(new CannotGetJdbcConnectionException("no connection", timeout))).isTrue();
    }

    @Test
    void connectionLostMidRequestInsideAxon() {
        var lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        var stored = new EventStoreException("not persisted", new JdbcException("failed", lost));
        assertThat(DatabaseOutage.isOutage(new CommandExecutionException("failed", stored))).isTrue();
        var postmasterGone = new SQLException("terminating connection due to unexpected postmaster exit", "57P01");
        assertThat(DatabaseOutage.isOutage(new JdbcException("failed", postmasterGone))).isTrue();
    }

    @Test
    void aFailedRollbackDoesNotHideTheOutage() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new CannotCreateTransactionException("no tx",
                new SQLException("Connection refused", "08001")));
        assertThat(DatabaseOutage.isOutage(rollback)).isTrue();
    }

    @Test
    void aConnectionClosedByHikariAfterItBroke() {
        var closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda$getClosedConnection$0",
                "ProxyConnection.java", 520)});
        assertThat(DatabaseOutage.isOutage(new JdbcException("Failed to create a SQL statement", closed))).isTrue();
    }

    @Test
    void aProgramLimitAClientCanReachIsNoOutage() {
        // what PostgreSQL answers for an over-long indexed value; Spring files state class 54 as a resource failure
        var tooLong = new SQLException("index row size 3456 exceeds btree version 4 maximum 2704", "54000");
        var translated = new SQLStateSQLExceptionTranslator().translate("insert", "INSERT", tooLong);
        assertThat(translated).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(DatabaseOutage.isOutage(translated)).isFalse();
        assertThat(DatabaseOutage.isOutage(new DataAccessResourceFailureException("no cause"))).isFalse();
        var outOfMemory = new SQLException("out of memory", "53200");
        assertThat(DatabaseOutage.isOutage(new DataAccessResourceFailureException("oom", outOfMemory))).isFalse();
    }

    @Test
    void aResourceFailureCausedByALostConnectionIsAnOutage() {
        var lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        var translated = new SQLStateSQLExceptionTranslator().translate("select", "SELECT 1", lost);
        assertThat(DatabaseOutage.isOutage(translated)).isTrue();
        var full = new SQLException("sorry, too many clients already", "53300");
        assertThat(DatabaseOutage.isOutage(new DataAccessResourceFailureException("full", full))).isTrue();
    }

    @Test
    void hikarisClosedConnectionBehindProxyFrames() {
        var closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("jdk.proxy2.$Proxy123", "prepareStatement", null, -1),
                new StackTraceElement("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection",
                        "lambda$getClosedConnection$0", "ProxyConnection.java", 520)});
        assertThat(DatabaseOutage.isOutage(new JdbcException("Failed to create a SQL statement", closed))).isTrue();
    }

    @Test
    void ordinarySqlErrorsAreNoOutage() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(DatabaseOutage.isOutage(new ConcurrencyException("conflict", duplicate))).isFalse();
        assertThat(DatabaseOutage.isOutage(new SQLException("Connection is closed"))).isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("bug"))).isFalse();
    }
}
