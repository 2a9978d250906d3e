package se.ledger.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;
import se.ledger.bench.data.BulkLoad;
import se.ledger.bench.data.PlanGenerator;

/** One run of every measurement, in an order where each leaves the next a known state. */
final class BenchRun {

    private static final Duration LONG = Duration.ofHours(3);

    private final BenchMain options;
    private final ResultTable table = new ResultTable();
    private final List<String> notes = new ArrayList<>();
    private final StatusToggle toggle = new StatusToggle();
    private int plans;
    private long loaded;

    BenchRun(BenchMain options) {
        this.options = options;
    }

    int plans() {
        return plans;
    }

    long loadedEvents() {
        return loaded;
    }

    String notes() {
        return notes.isEmpty() ? "" : "\n" + String.join("\n", notes) + "\n";
    }

    ResultTable measure() throws Exception {
        try (var database = new BenchDatabase()) {
            var ceilings = new Ceilings(database);
            var l1 = rate("L1 one-row INSERT+COMMIT, 1 connection", () -> ceilings.oneRowCommits(options.commitEvents));
            var l1x8 = rate("L1×8 one-row INSERT+COMMIT, 8 connections",
                    () -> ceilings.oneRowCommitsParallel(options.commitEvents, 8));
            var l2 = rate("L2 100 rows per COMMIT", () -> ceilings.batchedCommits(options.batchEvents, 100));
            var copy = rate("COPY, one transaction", () -> ceilings.copy(options.batchEvents));

            var load = new BulkLoad(PlanListScaling.dataSource(database),
                    Duration.ofMillis(options.events * 2).plus(Duration.ofDays(1)));
            load.migrate();
            plans = PlanGenerator.plansFor(options.events);
            long loadStart = System.nanoTime();
            loaded = load.plans(0, plans);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.printf("loaded %d plans, %d events in %.1f s%n", plans, loaded, loadSeconds);
            table.add("bulk load of the generated plans: serialize, COPY, directory (once)", "ev/s",
                    single(loaded / loadSeconds), copy, null);

            var rebuild = new Rebuild(database);
            var ordered = rate("ordered read of the event table (JDBC)", rebuild::orderedRead);
            long started = System.nanoTime();
            var ledger = BenchLedger.start(database.jdbcUrl());
            double startUp = (System.nanoTime() - started) / 1e9;
            try {
                double caughtUp = rebuild.awaitCaughtUp(ledger, rebuild.lastPosition(), loaded, started, LONG);
                System.out.printf("projection caught up with %d events %.1f s after the ledger's start%n", loaded, caughtUp);
                table.add(String.format(java.util.Locale.ROOT, "projection catch-up after the bulk load, from the"
                        + " ledger's start (once; start-up %.0f s of it) vs ordered read", startUp),
                        "ev/s", single(loaded / caughtUp), ordered, Target.ratioAtLeast(0.10));
                try (var connection = database.connect()) {
                    var log = new ProofLogBench(null, connection, toggle, plans, 0);
                    while (log.leaves() < loaded) {
                        Thread.sleep(200);
                    }
                    double logged = (System.nanoTime() - started) / 1e9;
                    System.out.printf("proof log holds the %d loaded events %.1f s after the ledger's start%n", loaded,
                            logged);
                    table.add("proof log catch-up after the bulk load, from the ledger's start (beside the projection's)"
                            + " vs ordered read", "ev/s", single(loaded / logged), ordered, null);
                }
                withLedger(database, ledger, rebuild, ordered, l1, l1x8, l2);
            } finally {
                ledger.close();
            }
            table.add("L2 100 rows per commit (ceiling only)", "ev/s", null, l2, null);
            table.add("COPY (ceiling only)", "ev/s", null, copy, null);
        }
        var scaling = PlanListScaling.measure(options.reads / 4, options.repeat);
        table.add("GET /api/plans p50 at 1 000 plans vs at 10 plans (whole answer)", "ms", scaling.at1000(),
                scaling.at10(), null);
        table.add("GET /api/plans p50 per listed plan, at 1 000 plans vs at 10 plans", "ms", scaling.at1000().per(1000),
                scaling.at10().per(10), Target.ratioAtMost(1.2));
        notes.add("- `/api/plans` at 10 and 1 000 plans runs on a database of its own with cheap plans (registered, "
                + "one goal). The answer lists every plan, so its size grows with them; \"flat in plan count\" is read "
                + "as the cost per listed plan staying within 1.2× (the issue's bound for the plan GET from 100 k to 1 M).");
        notes.add("- Plan GET flat from 100 k to 1 M (≤ 1.2×) compares two runs' tables: not a ratio inside one run.");
        return table;
    }

    private void withLedger(BenchDatabase database, ConfigurableApplicationContext ledger, Rebuild rebuild,
            Stats ordered, Stats l1, Stats l1x8, Stats l2) throws Exception {
        var api = new Api(BenchLedger.port(ledger));
        table.add("RSS of the bench JVM with the ledger after the load", "MB", single(Footprint.rssMegabytes()), null, null);
        System.gc();
        table.add("RSS of the bench JVM with the ledger after a GC", "MB", single(Footprint.rssMegabytes()), null, null);
        var heap = Runtime.getRuntime();
        table.add("Java heap in use after that GC", "MB", single((heap.totalMemory() - heap.freeMemory()) / 1048576.0),
                null, null);
        verify(api);

        try (var connection = database.connect()) {
            var reads = new Reads(api, new HandWrittenSql(connection), plans, Instant.now().minus(Duration.ofDays(400)));
            reads.addTo(table, options.reads, options.repeat);
            var plansNow = new ArrayList<Double>();
            for (int r = 0; r < options.repeat; r++) {
                plansNow.add(Latencies.of(Math.max(5, options.reads / 4), () -> api.get("chef", "/api/plans")).p50());
            }
            var sql = new HandWrittenSql(connection);
            var sqlNow = new ArrayList<Double>();
            for (int r = 0; r < options.repeat; r++) {
                sqlNow.add(Latencies.of(Math.max(5, options.reads / 4), sql::plans).p50());
            }
            table.add("GET /api/plans p50 at " + plans + " plans vs its hand-written SQL", "ms", Stats.of(plansNow),
                    Stats.of(sqlNow), null);
        }

        long eventsNow = rebuild.events();
        table.add("disk per event, all tables and indexes", "B/event",
                single((double) Footprint.allTables(database) / eventsNow), null, Target.atMost(1200));
        table.add("disk per event, the event table alone", "B/event",
                single((double) Footprint.eventTable(database) / eventsNow), null, null);

        var rest = new RestClients(BenchLedger.port(ledger));
        rest.createPlan();
        rest.statuses(Math.min(200, options.restEvents), 1); // warm-up, not counted
        table.add("REST, 1 client posting statuses vs L1", "ev/s",
                rate("REST, 1 client posting statuses", () -> rest.statuses(options.restEvents, 1)), l1,
                Target.ratioAtLeast(0.35));
        try (var connection = database.connect()) {
            var cost = new WriteCost(connection).measure(options.restEvents, () -> rest.statuses(options.restEvents, 1));
            System.out.println("REST, 1 client: " + cost.text());
            cost.addTo(table, "REST, 1 client");
        }
        table.add("REST, 8 clients posting statuses vs L1×8", "ev/s",
                rate("REST, 8 clients posting statuses", () -> rest.statuses(options.restEvents, 8)), l1x8,
                Target.ratioAtLeast(0.35));

        var gateway = new GatewayWrites(ledger.getBean(CommandGateway.class), toggle);
        var gatewayActivities = OpenActivities.forWriters(1, 10, plans, 0).get(0);
        table.add("command gateway in process, 1 writer, statuses vs L1", "ev/s",
                rate("gateway, 1 writer", () -> gateway.statuses(gatewayActivities, options.restEvents)), l1, null);

        var ryw = new ReadYourWrite(api, toggle, plans, 10); // after the gateway's ten
        ryw.addTo(table, options.rywWrites, options.repeat);

        try (var connection = database.connect()) {
            // activities the other measurements leave alone
            new ProofLogBench(api, connection, toggle, plans, 200).addTo(table, options.rywWrites, options.reads);
        }

        var imports = new ArrayList<Double>();
        for (int r = 0; r < options.repeat; r++) {
            byte[] sheet = ImportSheet.of("imp" + r, options.importActivities);
            long before = rebuild.events();
            long start = System.nanoTime();
            api.upload("admin", "/api/imports?format=csv", "bench-" + r + ".csv", sheet);
            double seconds = (System.nanoTime() - start) / 1e9;
            imports.add((rebuild.events() - before) / seconds);
        }
        table.add("CSV import (" + options.importActivities + " activity rows) vs L2", "ev/s", Stats.of(imports), l2,
                Target.ratioAtLeast(0.25));
        System.out.printf("CSV import %.0f ev/s%n", Stats.of(imports).median());
        table.notMeasured("xlsx import", "the xlsx importer is not built yet (another issue)");

        Pages.addTo(table, ledger, options.repeat);

        var replayRates = new ArrayList<Double>();
        for (int r = 0; r < options.replays; r++) {
            long events = rebuild.events();
            double seconds = Rebuild.replay(api, LONG);
            replayRates.add(events / seconds);
            System.out.printf("rebuild through the replay endpoint: %d events in %.1f s%n", events, seconds);
        }
        if (replayRates.isEmpty()) {
            table.notMeasured("rebuild through the replay endpoint", "--replays=0");
        } else {
            table.add("rebuild through the replay endpoint until readers switch vs ordered read", "ev/s",
                    Stats.of(replayRates), ordered, Target.ratioAtLeast(0.10));
        }
    }

    /** A generated plan read back through the API, and a status posted to one of its activities. */
    private void verify(Api api) throws Exception {
        var plan = api.getJson("chef", "/api/plans/" + PlanGenerator.planId(0));
        String text = plan.toString();
        String activity = PlanGenerator.openActivity(0);
        if (!text.contains(activity) || !text.contains(PlanGenerator.planId(0) + "-g1.1")) {
            throw new IllegalStateException("generated plan p0 reads back without its goals or activities: "
                    + text.substring(0, Math.min(500, text.length())));
        }
        var written = api.post("chef", "/api/activities/" + activity + "/status", toggle.json(activity));
        System.out.println("verified: GET /api/plans/p0 answers its goals and activities ("
                + text.length() + " bytes); POST status to " + activity + " → position " + written.get("position"));
    }

    private Stats rate(String what, Callable<Double> run) throws Exception {
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < options.repeat; i++) {
            rates.add(run.call());
        }
        var stats = Stats.of(rates);
        System.out.printf("%-48s min %10.0f  median %10.0f ev/s%n", what, stats.min(), stats.median());
        return stats;
    }

    private static Stats single(double value) {
        return new Stats(value, value, value);
    }
}
