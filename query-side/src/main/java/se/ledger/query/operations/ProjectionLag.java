package se.ledger.query.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.ledger.query.ProjectionProgress;
import se.ledger.query.QuerySideConfig;
import se.ledger.query.Rebuilds;

/**
 * Reads the projection's lag from the shared token table (this node's own segments from their live
 * status, through {@link ProjectionProgress#segmentTokens()}). One reading serves every gauge and the readiness
 * check for {@code ledger.operations.lag-cache}: a scrape reads eight gauges at once.
 */
@Component
public class ProjectionLag {

    private final ProjectionProgress tokens;
    private final JdbcClient jdbc;
    private final Rebuilds rebuilds;
    private final Clock clock;
    private final long cacheNanos;
    private Lag last;
    private long readAt;

    ProjectionLag(ProjectionProgress tokens, JdbcClient jdbc, Rebuilds rebuilds,
            Clock clock, OperationsProperties properties) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.rebuilds = rebuilds;
        this.clock = clock;
        this.cacheNanos = properties.lagCache().toNanos();
    }

    public synchronized Lag now() {
        if (last == null || System.nanoTime() - readAt > cacheNanos) {
            last = read();
            readAt = System.nanoTime();
        }
        return last;
    }

    private Lag read() {
        long head = jdbc.sql("SELECT coalesce(max(globalindex), -1) FROM public.domainevententry")
                .query(Long.class).single();
        Map<Integer, Lag.Segment> segments = new TreeMap<>();
        double progress = 1;
        for (var entry : tokens.segmentTokens().entrySet()) {
            long behind = Lag.eventsBehind(entry.getValue(), head);
            segments.put(entry.getKey(), new Lag.Segment(behind, behind == 0 ? 0
                    : secondsSinceFirstAfter(Lag.position(entry.getValue()))));
            progress = Math.min(progress, Lag.replayed(entry.getValue()));
        }
        boolean rebuilding = rebuilds.status(QuerySideConfig.PLAN_PROJECTION).rebuilding();
        return new Lag(segments, rebuilding, rebuilding ? progress : 1);
    }

    private double secondsSinceFirstAfter(long position) {
        return jdbc.sql("SELECT timestamp FROM public.domainevententry WHERE globalindex > ? ORDER BY globalindex"
                        + " LIMIT 1")
                .param(position).query(String.class).optional()
                .map(stamp -> Math.max(0, Duration.between(Instant.parse(stamp), clock.instant()).toMillis() / 1000.0))
                .orElse(0.0);
    }
}
