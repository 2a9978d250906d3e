package se.ledger.bench;

import java.time.Duration;
import se.ledger.bench.data.BulkLoad;
import se.ledger.bench.data.PlanGenerator;

/**
 * Where the disk per event goes: bulk-loads generated plans, lets the ledger's projection catch up
 * and prints every table and index with its bytes per event, before and after a VACUUM (so dead
 * tuples a VACUUM would reclaim show as such). With --hold it keeps the database up for psql.
 * Run: java -Dloader.main=se.ledger.bench.DiskBreakdown -cp bench/target/bench.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher 20000 [--hold]
 */
public final class DiskBreakdown {

    static final String RELATIONS = """
            SELECT n.nspname || '.' || c.relname AS relation, c.relkind::text AS kind,
                   pg_relation_size(c.oid) AS main, coalesce(pg_total_relation_size(nullif(c.reltoastrelid, 0)), 0) AS toast,
                   CASE WHEN c.relkind = 'r' THEN pg_indexes_size(c.oid) ELSE 0 END AS indexes,
                   coalesce(s.n_live_tup, 0) AS live, coalesce(s.n_dead_tup, 0) AS dead
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_stat_all_tables s ON s.relid = c.oid
            WHERE c.relkind IN ('r', 'i') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'bench')
              AND n.nspname NOT LIKE 'pg_toast%'
            ORDER BY pg_total_relation_size(c.oid) DESC""";

    private DiskBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        long events = Long.parseLong(args[0]);
        boolean hold = args.length > 1 && args[1].equals("--hold");
        try (var database = new BenchDatabase()) {
            var load = new BulkLoad(PlanListScaling.dataSource(database), Duration.ofMillis(events * 2).plus(Duration.ofDays(1)));
            load.migrate();
            long loaded = load.plans(0, PlanGenerator.plansFor(events));
            var rebuild = new Rebuild(database);
            var ledger = BenchLedger.start(database.jdbcUrl());
            try {
                rebuild.awaitCaughtUp(ledger, rebuild.lastPosition(), loaded, System.nanoTime(), Duration.ofHours(3));
                print(database, loaded, "after catch-up");
                try (var c = database.connect(); var s = c.createStatement()) {
                    s.execute("VACUUM");
                }
                print(database, loaded, "after VACUUM");
                if (hold) {
                    System.out.println("holding " + database.jdbcUrl() + " (user postgres); Enter ends");
                    System.in.read();
                }
            } finally {
                ledger.close();
            }
        }
    }

    private static void print(BenchDatabase database, long events, String when) throws Exception {
        System.out.printf("%n%s, %d events, all tables %.0f B/event%n", when, events,
                (double) Footprint.allTables(database) / events);
        System.out.printf("%-48s %4s %10s %10s %10s %8s %8s %8s %8s%n", "relation", "kind", "main", "toast", "indexes",
                "B/event", "live", "dead", "B/row");
        try (var c = database.connect(); var s = c.createStatement(); var rs = s.executeQuery(RELATIONS)) {
            while (rs.next()) {
                long total = rs.getLong("main") + rs.getLong("toast") + rs.getLong("indexes");
                long live = rs.getLong("live");
                if (total == 0) {
                    continue;
                }
                System.out.printf("%-48s %4s %10d %10d %10d %8.1f %8d %8d %8s%n", rs.getString("relation"),
                        rs.getString("kind"), rs.getLong("main"), rs.getLong("toast"), rs.getLong("indexes"),
                        (double) total / events, live, rs.getLong("dead"),
                        live > 0 ? String.valueOf(rs.getLong("main") / live) : "");
            }
        }
    }
}
