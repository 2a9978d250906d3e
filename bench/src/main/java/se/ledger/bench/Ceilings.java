package se.ledger.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.postgresql.PGConnection;

/**
 * What PostgreSQL itself manages on this machine with an event-store-like row (text key,
 * sequence, JSON payload, unique key on entity and sequence): the ceilings the ledger is held to.
 */
final class Ceilings {

    private static final String PAYLOAD = "{\"status\":\"ON_TRACK\",\"effectiveDate\":\"2022-03-31\"}";

    private final BenchDatabase database;

    Ceilings(BenchDatabase database) throws SQLException {
        this.database = database;
        try (var c = database.connect(); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS bench");
            s.execute("CREATE TABLE IF NOT EXISTS bench.event (id bigserial PRIMARY KEY, entity_id text NOT NULL,"
                    + " seq bigint NOT NULL, type text NOT NULL, payload jsonb NOT NULL,"
                    + " at timestamptz NOT NULL DEFAULT now(), UNIQUE (entity_id, seq))");
        }
    }

    /** L1: every event its own INSERT and COMMIT on one connection. */
    double oneRowCommits(int events) throws Exception {
        reset();
        return rate(events, () -> {
            insertRows("l1", 0, events, 1);
            return null;
        });
    }

    /** L1×n: the same from n connections at once (group commit can share their fsyncs). */
    double oneRowCommitsParallel(int events, int connections) throws Exception {
        reset();
        int each = events / connections;
        return rate(each * connections, () -> {
            var pool = Executors.newFixedThreadPool(connections);
            try {
                var tasks = new ArrayList<Callable<Void>>();
                for (int t = 0; t < connections; t++) {
                    String entity = "l1x-" + t;
                    tasks.add(() -> {
                        insertRows(entity, 0, each, 1);
                        return null;
                    });
                }
                for (var f : pool.invokeAll(tasks)) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            return null;
        });
    }

    /** L2: JDBC batches of {@code perCommit} rows, one COMMIT each. */
    double batchedCommits(int events, int perCommit) throws Exception {
        reset();
        return rate(events, () -> {
            insertRows("l2", 0, events, perCommit);
            return null;
        });
    }

    /** COPY of all events in one transaction: the bulk-load ceiling. */
    double copy(int events) throws Exception {
        reset();
        var text = new StringBuilder();
        for (int i = 0; i < events; i++) {
            text.append("copy-").append(i % 1000).append('\t').append(i).append("\tStatusSet\t")
                    .append(PAYLOAD).append('\n');
        }
        String data = text.toString();
        return rate(events, () -> {
            try (var c = database.connect()) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY bench.event (entity_id, seq, type, payload) FROM STDIN", new StringReader(data));
            }
            return null;
        });
    }

    private void insertRows(String entity, int from, int count, int perCommit) throws SQLException {
        try (Connection c = database.connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO bench.event (entity_id, seq, type, payload) VALUES (?, ?, 'StatusSet', ?::jsonb)")) {
            c.setAutoCommit(perCommit == 1);
            for (int i = from; i < from + count; i++) {
                insert.setString(1, entity);
                insert.setLong(2, i);
                insert.setString(3, PAYLOAD);
                if (perCommit == 1) {
                    insert.executeUpdate();
                    continue;
                }
                insert.addBatch();
                if ((i - from + 1) % perCommit == 0 || i == from + count - 1) {
                    insert.executeBatch();
                    c.commit();
                }
            }
        }
    }

    private void reset() throws SQLException {
        try (var c = database.connect(); var s = c.createStatement()) {
            s.execute("TRUNCATE bench.event");
            s.execute("CHECKPOINT"); // each run starts without the previous one's dirty pages
        }
    }

    static double rate(int events, Callable<Void> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return events / ((System.nanoTime() - start) / 1e9);
    }
}
