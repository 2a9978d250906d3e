package se.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** Disk per event (all tables, and the event table alone) and the resident memory of this process. */
final class Footprint {

    private Footprint() {
    }

    /** Bytes of every table with its indexes and TOAST, in all of the ledger's schemas. */
    static long allTables(BenchDatabase database) throws SQLException {
        return single(database, "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'm', 'p')"
                + " AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'bench') AND n.nspname NOT LIKE 'pg_toast%'");
    }

    static long eventTable(BenchDatabase database) throws SQLException {
        return single(database, "SELECT pg_total_relation_size('public.domainevententry')");
    }

    private static long single(BenchDatabase database, String sql) throws SQLException {
        try (var c = database.connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** VmRSS of this JVM (the ledger runs in it) in MB; -1 where /proc is missing. */
    static double rssMegabytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return -1;
    }
}
