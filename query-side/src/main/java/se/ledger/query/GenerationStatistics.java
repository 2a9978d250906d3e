package se.ledger.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the planner's picture of a growing generation roughly true: each time the projection has
 * written as many events into a generation as it held at its last ANALYZE, its partitions are
 * analysed again, off the projection's threads. Without that a generation that started empty (a
 * rebuild, a catch-up after a bulk load) looks empty to the planner until autovacuum comes by,
 * and every lookup in it may walk the whole partition: a rebuild grows quadratic. Doubling keeps
 * the work of the analyses at a few per tenfold growth.
 */
@Component
public class GenerationStatistics {

    private static final Logger log = LoggerFactory.getLogger(GenerationStatistics.class);
    /** Below this, any plan is cheap. */
    private static final long FIRST_ANALYSIS = 2_000;

    private final JdbcClient jdbc;
    private final Map<Integer, Growth> generations = new ConcurrentHashMap<>();
    private final ExecutorService analyst = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "generation-statistics");
        thread.setDaemon(true);
        return thread;
    });

    GenerationStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final class Growth {
        final AtomicLong written = new AtomicLong();
        volatile long next = FIRST_ANALYSIS;
        final AtomicBoolean pending = new AtomicBoolean();
    }

    /** A generation starts afresh (a rebuild into it): its partitions are new. */
    void restart(int generation) {
        generations.remove(generation);
    }

    /** Events a batch wrote into the generation's log. */
    public void written(int generation, long events) {
        var growth = generations.computeIfAbsent(generation, g -> new Growth());
        if (growth.written.addAndGet(events) < growth.next || !growth.pending.compareAndSet(false, true)) {
            return;
        }
        analyst.execute(() -> {
            try {
                growth.written.set(0);
                analyse(generation);
                growth.next = Math.max(FIRST_ANALYSIS, rows(generation));
            } catch (RuntimeException e) {
                log.warn("Could not analyse generation {}: {}", generation, e.getMessage());
            } finally {
                growth.pending.set(false);
            }
        });
    }

    /** The generation's log rows as the planner counted them. */
    private long rows(int generation) {
        return jdbc.sql("SELECT greatest(c.reltuples, 0)::bigint FROM pg_class c JOIN pg_namespace n"
                        + " ON n.oid = c.relnamespace WHERE n.nspname = 'query' AND c.relname = ?")
                .param("event_log_" + generation).query(Long.class).optional().orElse(0L);
    }

    private void analyse(int generation) {
        for (String table : GenerationPartitions.TABLES) {
            jdbc.sql("ANALYZE query." + table + "_" + generation).update();
        }
        log.debug("Analysed generation {}", generation);
    }
}
