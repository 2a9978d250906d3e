package se.ledger.query.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures park an event, and which end the batch so the processor handles it again. */
class CountingEnqueuePolicyTest {

    private final CountingEnqueuePolicy policy = new CountingEnqueuePolicy();
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("payload");

    @Test
    void passingDatabaseFailuresAreTransientWhereverTheyAreInTheChain() {
        for (String state : new String[] {"40001", "40P01", "55P03", "57014", "08006", "57P01"}) {
            var sql = new SQLException("failure " + state, state);
            assertThat(TransientFailure.is(sql)).as(state).isTrue();
            assertThat(TransientFailure.is(new JdbcException("wrapped", new RuntimeException(sql)))).as(state).isTrue();
            // as Spring translates it for a JdbcTemplate or JdbcClient (null: a state it leaves alone)
            var translated = new SQLStateSQLExceptionTranslator().translate("project", "INSERT", sql);
            assertThat(translated == null || TransientFailure.is(translated)).as(state).isTrue();
        }
        assertThat(TransientFailure.is(new CannotAcquireLockException("lock"))).isTrue();
        assertThat(TransientFailure.is(new QueryTimeoutException("slow"))).isTrue();
        assertThat(TransientFailure.is(new CannotCreateTransactionException("no tx",
                new SQLTransientConnectionException("pool empty")))).isTrue();
        var batch = new BatchUpdateException("batch failed", "22000", 0, new int[0]);
        batch.setNextException(new SQLException("deadlock detected", "40P01"));
        assertThat(TransientFailure.is(batch)).isTrue();
    }

    @Test
    void failuresOfTheEventItselfAreNotTransient() {
        var refused = new SQLException("event refused for test", "P0001");
        assertThat(TransientFailure.is(refused)).isFalse();
        assertThat(TransientFailure.is(new DataIntegrityViolationException("dup",
                new SQLException("duplicate key", "23505")))).isFalse();
        var tooLong = new SQLException("index row size exceeds maximum", "54000");
        assertThat(TransientFailure.is(new SQLStateSQLExceptionTranslator().translate("project", "INSERT", tooLong)))
                .isFalse();
        assertThat(TransientFailure.is(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aTransientFailureIsThrownOnNotEnqueuedNorDropped() {
        var deadlock = new SQLException("deadlock detected", "40P01");
        var letter = new GenericDeadLetter<>("activity-1", event, deadlock);
        assertThatThrownBy(() -> policy.decide(letter, deadlock)).hasRootCause(deadlock);
    }

    @Test
    void anEventsOwnFailureIsEnqueuedWithItsCause() {
        var refused = new SQLException("event refused for test", "P0001");
        var decision = policy.decide(new GenericDeadLetter<>("activity-1", event, refused), refused);
        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).get().extracting(Throwable::getMessage).isEqualTo("event refused for test");
    }

    @Test
    void aParkedLetterThatFailsAgainOnRetryStaysParked() {
        var parked = new JdbcDeadLetter<EventMessage<?>>("id", 0, "activity-1", Instant.now(), Instant.now(),
                new ThrowableCause("x", "y"), MetaData.emptyInstance(), event);
        var timeout = new SQLException("canceling statement due to statement timeout", "57014");
        assertThat(policy.decide(parked, timeout).shouldEnqueue()).isTrue();
    }
}
