package se.ledger.bench;

import java.time.Duration;
import org.postgresql.ds.PGSimpleDataSource;
import se.ledger.bench.data.BulkLoad;

/**
 * GET /api/plans with 10 and with 1 000 plans in the ledger: a database of its own (cheap plans,
 * registered with one goal each), so the count is exactly that; the other 990 are loaded while
 * the ledger runs, and the projection takes them in before the second measurement.
 */
final class PlanListScaling {

    record Result(Stats at10, Stats at1000) {
    }

    static Result measure(int calls, int repeat) throws Exception {
        try (var database = new BenchDatabase()) {
            var load = new BulkLoad(dataSource(database), Duration.ofHours(1));
            load.migrate();
            load.cheapPlans(0, 10);
            var ledger = BenchLedger.start(database.jdbcUrl());
            try {
                var api = new Api(BenchLedger.port(ledger));
                var rebuild = new Rebuild(database);
                rebuild.awaitCaughtUp(ledger, rebuild.lastPosition(), rebuild.events(), System.nanoTime(),
                        Duration.ofMinutes(10));
                Stats at10 = list(api, calls, repeat, 10);
                load.cheapPlans(10, 1000);
                rebuild.awaitCaughtUp(ledger, rebuild.lastPosition(), rebuild.events(), System.nanoTime(),
                        Duration.ofMinutes(10));
                Stats at1000 = list(api, calls, repeat, 1000);
                return new Result(at10, at1000);
            } finally {
                ledger.close();
            }
        }
    }

    private static Stats list(Api api, int calls, int repeat, int expected) throws Exception {
        int listed = api.getJson("chef", "/api/plans").size();
        if (listed != expected) {
            throw new IllegalStateException("/api/plans lists " + listed + " plans, not " + expected);
        }
        Latencies.of(Math.max(5, calls / 10), () -> api.get("chef", "/api/plans")); // warm-up
        var p50s = new java.util.ArrayList<Double>();
        for (int r = 0; r < repeat; r++) {
            p50s.add(Latencies.of(calls, () -> api.get("chef", "/api/plans")).p50());
        }
        return Stats.of(p50s);
    }

    static PGSimpleDataSource dataSource(BenchDatabase database) {
        var source = new PGSimpleDataSource();
        source.setUrl(database.jdbcUrl());
        source.setUser("postgres");
        return source;
    }
}
