package se.ledger.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle log (the proof issue): how long after a write's answer its leaf is there, with 1 and
 * 8 writers, and what an inclusion proof costs in a log of every loaded event.
 */
final class ProofLogBench {

    private final Api api;
    private final Connection connection;
    private final StatusToggle toggle;
    private final int plans;
    private int offset;

    ProofLogBench(Api api, Connection connection, StatusToggle toggle, int plans, int offset) {
        this.api = api;
        this.connection = connection;
        this.toggle = toggle;
        this.plans = plans;
        this.offset = offset;
    }

    long leaves() throws Exception {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT coalesce(max(leaf_index) + 1, 0) FROM proof.leaf")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void addTo(ResultTable table, int writes, int calls) throws Exception {
        lag(1, 5); // warm-up
        for (int writers : new int[] {1, 8}) {
            var l = lag(writers, Math.max(1, writes / writers));
            String who = writers + (writers == 1 ? " writer" : " writers");
            table.add("proof log: a write's leaf there after its answer, p50, " + who, "ms", single(l.p50()), null, null);
            table.add("proof log: a write's leaf there after its answer, p99, " + who, "ms", single(l.p99()), null,
                    writers == 8 ? Target.atMost(1000) : null);
        }
        var events = sampleEvents(calls);
        long size = leaves();
        int[] next = {0};
        var proofs = Latencies.of(calls, () -> api.get("chef", "/api/proof/inclusion?event="
                + events.get(next[0]++ % events.size())));
        table.add("proof log: GET /api/proof/inclusion p50 in a log of " + size + " leaves (HTTP included)", "ms",
                single(proofs.p50()), null, Target.atMost(5));
        table.add("proof log: GET /api/proof/inclusion p99", "ms", single(proofs.p99()), null, null);
    }

    private List<String> sampleEvents(int count) throws Exception {
        var ids = new ArrayList<String>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                "SELECT event_id FROM proof.leaf TABLESAMPLE SYSTEM (1) LIMIT " + count)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private Latencies lag(int writers, int each) throws Exception {
        var activities = OpenActivities.forWriters(writers, 3, plans, offset);
        offset += writers * 3;
        return WriteWaits.measure(api, toggle, activities, each, (activity, answer) -> {
            String path = "/api/proof/leaf?event=" + answer.get("eventId").asText();
            while (!there(path)) {
                Thread.sleep(2);
            }
        });
    }

    private boolean there(String path) throws Exception {
        try {
            api.get("chef", path);
            return true;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    private static Stats single(double value) {
        return new Stats(value, value, value);
    }
}
