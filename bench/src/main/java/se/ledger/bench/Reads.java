package se.ledger.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;

/** The read endpoints' latencies next to their hand-written SQL, over several generated plans in turn. */
final class Reads {

    private final Api api;
    private final HandWrittenSql sql;
    private final int plans;
    private final Instant changesFrom;
    private int next;

    Reads(Api api, HandWrittenSql sql, int plans, Instant changesFrom) {
        this.api = api;
        this.sql = sql;
        this.plans = Math.min(plans, 20);
        this.changesFrom = changesFrom;
    }

    enum Endpoint { PLAN, HISTORY, PROGNOSES, CHANGES }

    /** p50 and p99 of every endpoint next to its SQL, after a warm-up (JIT, caches, pools). */
    void addTo(ResultTable table, int calls, int repeat) throws Exception {
        for (var endpoint : Endpoint.values()) {
            api(endpoint, 20);
            sql(endpoint, 20);
            var apiP50 = new ArrayList<Double>();
            var apiP99 = new ArrayList<Double>();
            var sqlP50 = new ArrayList<Double>();
            var sqlP99 = new ArrayList<Double>();
            for (int r = 0; r < repeat; r++) {
                var a = api(endpoint, calls);
                var s = sql(endpoint, calls);
                apiP50.add(a.p50());
                apiP99.add(a.p99());
                sqlP50.add(s.p50());
                sqlP99.add(s.p99());
            }
            var target = endpoint == Endpoint.PLAN ? Target.ratioAtMost(2) : null;
            String what = label(endpoint);
            table.add(what + " p50 vs its hand-written SQL", "ms", Stats.of(apiP50), Stats.of(sqlP50), target);
            table.add(what + " p99 vs its hand-written SQL", "ms", Stats.of(apiP99), Stats.of(sqlP99), null);
            System.out.printf("%-48s p50 %7.1f ms (SQL %6.1f)%n", what, Stats.of(apiP50).median(),
                    Stats.of(sqlP50).median());
        }
    }

    Latencies api(Endpoint endpoint, int calls) throws Exception {
        return Latencies.of(calls, () -> api.get("chef", path(endpoint, nextPlan())));
    }

    Latencies sql(Endpoint endpoint, int calls) throws Exception {
        return Latencies.of(calls, lookup(endpoint));
    }

    static String label(Endpoint endpoint) {
        return switch (endpoint) {
            case PLAN -> "GET /api/plans/{id}";
            case HISTORY -> "GET /api/plans/{id}/history?year=2025";
            case PROGNOSES -> "GET /api/plans/{id}/prognoses";
            case CHANGES -> "GET /api/plans/{id}/changes?from=";
        };
    }

    private String path(Endpoint endpoint, String plan) {
        return switch (endpoint) {
            case PLAN -> "/api/plans/" + plan;
            case HISTORY -> "/api/plans/" + plan + "/history?year=2025";
            case PROGNOSES -> "/api/plans/" + plan + "/prognoses";
            case CHANGES -> "/api/plans/" + plan + "/changes?from=" + changesFrom;
        };
    }

    private Callable<Integer> lookup(Endpoint endpoint) {
        return () -> {
            String plan = nextPlan();
            return switch (endpoint) {
                case PLAN -> sql.plan(plan);
                case HISTORY -> sql.history(plan, 2025);
                case PROGNOSES -> sql.prognoses(plan);
                case CHANGES -> sql.changes(plan, changesFrom);
            };
        };
    }

    private String nextPlan() {
        return se.ledger.bench.data.PlanGenerator.planId(next++ % plans);
    }
}
