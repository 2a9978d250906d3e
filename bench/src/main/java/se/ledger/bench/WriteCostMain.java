package se.ledger.bench;

import java.util.Map;

/**
 * The write path alone, for profiling: a fresh database, the ledger, one REST client posting
 * statuses, the cost per write, and the SQL each write ran (pg_stat_statements).
 * {@code java -cp bench/target/bench.jar -Dloader.main=se.ledger.bench.WriteCostMain
 * org.springframework.boot.loader.launch.PropertiesLauncher [writes] [clients]}
 */
public final class WriteCostMain {

    private WriteCostMain() {
    }

    public static void main(String[] args) throws Exception {
        int writes = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        try (var database = new BenchDatabase(Map.of("shared_preload_libraries", "pg_stat_statements",
                "pg_stat_statements.track", "all"))) {
            var ledger = BenchLedger.start(database.jdbcUrl());
            try (var connection = database.connect()) {
                var rest = new RestClients(BenchLedger.port(ledger));
                rest.createPlan();
                rest.statuses(Math.max(500, writes), clients); // warm-up, not counted (the JIT still compiles for minutes)
                try (var statement = connection.createStatement()) {
                    statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                    statement.execute("SELECT pg_stat_statements_reset()");
                }
                var cost = new WriteCost(connection).measure(writes, () -> rest.statuses(writes, clients));
                System.out.println(cost.text());
                try (var statement = connection.createStatement();
                        var rs = statement.executeQuery("SELECT calls, round(total_exec_time::numeric, 1),"
                                + " left(regexp_replace(query, '\\s+', ' ', 'g'), 160) FROM pg_stat_statements"
                                + " WHERE calls >= " + writes / 10 + " ORDER BY calls DESC")) {
                    while (rs.next()) {
                        System.out.printf("%6.2f/write %8s ms  %s%n", rs.getLong(1) / (double) writes,
                                rs.getString(2), rs.getString(3));
                    }
                }
            } finally {
                ledger.close();
            }
        }
    }
}
