package se.ledger.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What one write costs the ledger: JVM CPU (the process, less the bench's own HTTP client),
 * commits and index scans of the event table. PostgreSQL counts a backend's commits and scans
 * only when the backend reports them (at most every second while busy, ten seconds after it goes
 * idle), so each reading waits for the reports and the idle ledger's own background commits over
 * the same wait are measured and subtracted.
 */
final class WriteCost {

    /** PostgreSQL's idle report interval (PGSTAT_IDLE_INTERVAL) and a margin. */
    private static final long SETTLE_MS = 11_500;

    record Figures(int writes, double cpuMs, double requestCpuMs, double projectionCpuMs, double otherThreadsCpuMs,
            double jitMs, double gcMs, double commits, double walSyncs, double eventIndexScans, double rate) {

        /** The JVM's CPU less its JIT compiler's: what a write costs once the code is compiled. */
        double compiledCpuMs() {
            return cpuMs - jitMs;
        }

        /** The per-write targets: ≤ 2 ms of JVM CPU, ≤ 2 commits, ≤ 5 index scans of the event table. */
        void addTo(ResultTable table, String run) {
            table.add(run + ": JVM CPU per write (the process less the bench's client; once)", "ms",
                    single(cpuMs), null, Target.atMost(2));
            table.add(run + ": JVM CPU per write without the JIT compiler's", "ms", single(compiledCpuMs()), null, null);
            table.add(run + ": of that on request threads (HTTP, security, JSON, the command)", "ms",
                    single(requestCpuMs), null, null);
            table.add(run + ": of that on the projection's threads (the same events, asynchronously)", "ms",
                    single(projectionCpuMs), null, null);
            table.add(run + ": commits per write (pg_stat_database, read-only transactions included)", "commits",
                    single(commits), null, Target.atMost(2));
            table.add(run + ": WAL flushes per write (pg_stat_wal wal_sync)", "syncs", single(walSyncs), null, null);
            table.add(run + ": index scans of the event table per write", "scans", single(eventIndexScans), null,
                    Target.atMost(5));
        }

        private static Stats single(double value) {
            return new Stats(value, value, value);
        }

        String text() {
            return String.format(Locale.ROOT, "%d writes, %.0f ev/s: JVM CPU %.2f ms/write, %.2f of it without the JIT"
                    + " compiler's %.2f (request threads %.2f, projection threads %.2f, other Java threads %.2f,"
                    + " GC threads %.2f), %.2f commits/write, %.2f WAL syncs/write, %.2f event-table index scans/write",
                    writes, rate, cpuMs, compiledCpuMs(), jitMs, requestCpuMs, projectionCpuMs, otherThreadsCpuMs,
                    gcMs, commits, walSyncs, eventIndexScans);
        }
    }

    private record Snapshot(long processCpu, Map<String, Long> threadCpu, long jitNanos, long gcNanos, long commits,
            long walSyncs, long eventIndexScans) {
    }

    private final Connection connection;

    WriteCost(Connection connection) {
        this.connection = connection;
    }

    /** Runs {@code writes} writes ({@code run} answers their rate) and divides what they cost by their number. */
    Figures measure(int writes, Callable<Double> run) throws Exception {
        settle();
        var idleStart = snapshot();
        settle();
        var idleEnd = snapshot();
        double rate = run.call();
        settle();
        var end = snapshot();
        long cpu = end.processCpu - idleEnd.processCpu - (idleEnd.processCpu - idleStart.processCpu);
        Map<String, Long> groups = new HashMap<>();
        end.threadCpu.forEach((group, nanos) -> groups.put(group, nanos - idleEnd.threadCpu.getOrDefault(group, 0L)));
        long client = groups.getOrDefault("client", 0L);
        double jit = (end.jitNanos - 2 * idleEnd.jitNanos + idleStart.jitNanos) / 1e6;
        double gc = (end.gcNanos - 2 * idleEnd.gcNanos + idleStart.gcNanos) / 1e6;
        return new Figures(writes, (cpu - client) / 1e6 / writes, groups.getOrDefault("request", 0L) / 1e6 / writes,
                groups.getOrDefault("projection", 0L) / 1e6 / writes, groups.getOrDefault("other", 0L) / 1e6 / writes,
                jit / writes, gc / writes, (end.commits - 2 * idleEnd.commits + idleStart.commits) / (double) writes,
                (end.walSyncs - 2 * idleEnd.walSyncs + idleStart.walSyncs) / (double) writes,
                (end.eventIndexScans - 2 * idleEnd.eventIndexScans + idleStart.eventIndexScans) / (double) writes,
                rate);
    }

    private static void settle() throws InterruptedException {
        Thread.sleep(SETTLE_MS); // PostgreSQL's own report delay: nothing to poll for
    }

    private Snapshot snapshot() throws SQLException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new HashMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos > 0) {
                    groups.merge(group(info.getThreadName()), nanos, Long::sum);
                }
            }
        }
        groups.merge("client", RestClients.clientCpuNanos(), Long::sum);
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT (SELECT xact_commit FROM pg_stat_database"
                        + " WHERE datname = current_database()), (SELECT wal_sync FROM pg_stat_wal),"
                        + " (SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_tables"
                        + " WHERE relname = 'domainevententry')")) {
            rs.next();
            return new Snapshot(os.getProcessCpuTime(), groups, NativeThreads.cpuNanos("C1 Compiler", "C2 Compiler"),
                    NativeThreads.cpuNanos("G1 ", "GC Thread"), rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    private static String group(String thread) {
        if (thread.startsWith("http-nio")) {
            return "request";
        }
        if (thread.startsWith("bench-client") || thread.startsWith("HttpClient")) {
            return "client";
        }
        if (thread.contains("WorkPackage") || thread.contains("Coordinator") || thread.contains("EventProcessor")
                || thread.startsWith("EmbeddedEventStore")) {
            return "projection";
        }
        return "other";
    }
}
