package se.ledger.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ledger.events.EntityKind;
import se.ledger.events.PlanId;

/**
 * The {@link JdbcDirectory}'s answers inside a {@link BatchedAppends} batch, kept until the batch ends: the
 * batch's transaction writes the directory only through JdbcDirectory's handlers, which keep these answers
 * true. New entities' rows wait and go in with one insert, before anything reads the table again and before
 * the batch's events are appended. Outside a batch every call asks the database, as before.
 */
final class DirectoryMemo {

    private static final Object PENDING = new Object();

    private final BatchedAppends batches;
    private final JdbcClient jdbc;

    DirectoryMemo(BatchedAppends batches, JdbcClient jdbc) {
        this.batches = batches;
        this.jdbc = jdbc;
    }

    /** The kept answer, or the query's (the waiting rows written first), kept from now on. */
    @SuppressWarnings("unchecked")
    <T> Optional<T> answer(String key, Supplier<Optional<T>> query) {
        var batch = batches.current();
        if (batch == null) {
            return query.get();
        }
        var known = (Optional<T>) batch.directory.get(key);
        if (known == null) {
            writePending();
            known = query.get();
            batch.directory.put(key, known);
        }
        return known;
    }

    void remember(String key, Optional<?> answer) {
        var batch = batches.current();
        if (batch != null) {
            batch.directory.put(key, answer);
        }
    }

    void forget(String... keys) {
        var batch = batches.current();
        if (batch != null) {
            for (String key : keys) {
                batch.directory.remove(key);
            }
        }
    }

    /**
     * Holds back the row of an entity this transaction knows to be new (its id asked and not found), so that it
     * goes in with the others; false when it must be written now.
     */
    boolean registerLater(EntityKind kind, String id, PlanId plan, String parent) {
        var batch = batches.current();
        if (batch == null || !Optional.empty().equals(batch.directory.get(kindKey(id)))) {
            return false;
        }
        pending(batch).add(new String[] {id, kind.name(), plan.value(), parent});
        batch.directory.put(kindKey(id), Optional.of(kind));
        batch.directory.put(planKey(kind, id), Optional.of(plan));
        return true;
    }

    /** Writes the held-back rows, if any: before a read or write of the table, and when the batch appends. */
    void writePending() {
        var batch = batches.current();
        @SuppressWarnings("unchecked")
        var rows = batch == null ? null : (List<String[]>) batch.directory.get(PENDING);
        if (rows == null || rows.isEmpty()) {
            return;
        }
        String[][] columns = new String[4][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 4; c++) {
                columns[c][r] = rows.get(r)[c];
            }
        }
        rows.clear();
        jdbc.sql("INSERT INTO command.entity (id, kind, plan_id, parent_id) SELECT * FROM"
                        + " unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[]) ON CONFLICT DO NOTHING")
                .params((Object[]) columns).update();
    }

    static String kindKey(String id) {
        return "kind:" + id;
    }

    static String planKey(EntityKind kind, String id) {
        return "plan:" + kind.name() + ':' + id;
    }

    @SuppressWarnings("unchecked")
    private List<String[]> pending(BatchedAppends.Batch batch) {
        Map<Object, Object> kept = batch.directory;
        var rows = (List<String[]>) kept.get(PENDING);
        if (rows == null) {
            rows = new ArrayList<>();
            kept.put(PENDING, rows);
            batch.beforeAppend.add(this::writePending);
        }
        return rows;
    }
}
