package se.ledger.bench;

import java.sql.SQLException;
import java.time.Duration;
import org.springframework.context.ConfigurableApplicationContext;
import se.ledger.query.ProjectionProgress;

/** The projection's rebuild next to its ceiling: reading the whole event table in order over JDBC. */
final class Rebuild {

    private final BenchDatabase database;

    Rebuild(BenchDatabase database) {
        this.database = database;
    }

    long events() throws SQLException {
        try (var c = database.connect(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*), coalesce(max(globalindex), 0) FROM public.domainevententry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long lastPosition() throws SQLException {
        try (var c = database.connect(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT coalesce(max(globalindex), 0) FROM public.domainevententry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** SELECT * … ORDER BY globalindex read to the end, every column fetched: events per second. */
    double orderedRead() throws SQLException {
        long rows = 0;
        long start = System.nanoTime();
        try (var c = database.connect()) {
            c.setAutoCommit(false); // else the driver ignores the fetch size and holds all rows at once
            try (var s = c.createStatement()) {
                s.setFetchSize(10_000);
                try (var rs = s.executeQuery("SELECT * FROM public.domainevententry ORDER BY globalindex")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                        rows++;
                    }
                }
            }
            c.commit();
        }
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Seconds from {@code startNanos} until the projection has taken in every event up to
     * {@code position}: ProjectionProgress says so and the projection holds all {@code events}
     * (counted by {@link HandWrittenSql#eventsTakenIn}); says so when the first was early.
     */
    double awaitCaughtUp(ConfigurableApplicationContext ledger, long position, long events, long startNanos,
            Duration timeout) throws Exception {
        var progress = ledger.getBean(ProjectionProgress.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!progress.covers(position)) {
            check(deadline, position, timeout);
            Thread.sleep(20);
        }
        double covered = (System.nanoTime() - startNanos) / 1e9;
        try (var c = database.connect()) {
            var sql = new HandWrittenSql(c);
            long takenIn;
            while ((takenIn = sql.eventsTakenIn()) < events) {
                check(deadline, position, timeout);
                Thread.sleep(100);
            }
            double done = (System.nanoTime() - startNanos) / 1e9;
            if (done - covered > 0.5) {
                System.out.printf("note: ProjectionProgress.covers(%d) held %.1f s before the projection held all"
                        + " %d events (%d)%n", position, done - covered, events, takenIn);
            }
            return done;
        }
    }

    private static void check(long deadline, long position, Duration timeout) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the projection did not reach position " + position + " in " + timeout);
        }
    }

    /** A rebuild through the administrators' endpoint, until readers have switched to the new generation. */
    static double replay(Api api, Duration timeout) throws Exception {
        long start = System.nanoTime();
        api.post("admin", "/api/admin/replays/plan-projection", "{}");
        long deadline = start + timeout.toNanos();
        while (true) {
            var status = api.getJson("admin", "/api/admin/replays/plan-projection");
            if (!status.get("rebuilding").asBoolean() && status.hasNonNull("finished")) {
                return (System.nanoTime() - start) / 1e9;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild did not finish in " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
