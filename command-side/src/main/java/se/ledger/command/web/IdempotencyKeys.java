package se.ledger.command.web;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers the first answer to each (user, Idempotency-Key). The claim is an insert in the
 * write's own transaction: a concurrent retry waits on it and then finds the answer.
 */
@Component
class IdempotencyKeys {

    record Answer(String requestHash, int status, String body, String location) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty if this request may proceed; otherwise the earlier answer under this key. */
    Optional<Answer> claim(String actor, String key, String requestHash) {
        int inserted = jdbc.sql("INSERT INTO command.idempotency_key (actor, idempotency_key, request_hash)"
                        + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(actor, key, requestHash).update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT request_hash, status, response, location FROM command.idempotency_key"
                        + " WHERE actor = ? AND idempotency_key = ?")
                .params(actor, key)
                .query((rs, n) -> new Answer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    void complete(String actor, String key, int status, String body, String location) {
        jdbc.sql("UPDATE command.idempotency_key SET status = ?, response = ?, location = ?"
                        + " WHERE actor = ? AND idempotency_key = ?")
                .params(status, body, location, actor, key).update();
    }
}
