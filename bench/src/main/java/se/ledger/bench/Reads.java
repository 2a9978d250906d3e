package se.ledger.bench;

import java.time.Instant;
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
