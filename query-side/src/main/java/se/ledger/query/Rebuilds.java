package se.ledger.query;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.platform.NotFound;

/**
 * Rebuilds a projection from the first event into a new generation while queries keep reading
 * the old one; when the replay has caught up, one update switches readers over. In a scale-out
 * deployment, run it with a single query-side node up (Axon resets tokens only with every node
 * stopped).
 */
@Component
public class Rebuilds {

    public record Status(String projection, int activeGeneration, int writeGeneration, boolean rebuilding,
            Instant started, Instant finished) {
    }

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    // far longer than any query takes between reading the generation number and reading its rows
    private static final java.time.Duration OLD_GENERATION_GRACE = java.time.Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final GenerationPartitions partitions;
    private final GenerationStatistics statistics;
    private Instant droppedAfter; // the rebuild whose old generations are gone; guarded by this

    Rebuilds(EventProcessingConfiguration processing, JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
            GenerationPartitions partitions, GenerationStatistics statistics) {
        this.processing = processing;
        this.statistics = statistics;
        this.partitions = partitions;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    public synchronized Status start(String projection) {
        var processor = processor(projection);
        var current = status(projection);
        if (current.rebuilding()) {
            return current;
        }
        processor.shutDown();
        transaction.executeWithoutResult(tx -> {
            int next = current.activeGeneration() + 1;
            partitions.create(next);
            statistics.restart(next);
            jdbc.sql("UPDATE query.projection_state SET write_generation = ?, rebuild_started = ?,"
                            + " rebuild_finished = NULL WHERE name = ?")
                    .params(next, Instant.now(clock).atOffset(ZoneOffset.UTC), projection).update();
        });
        analyse();
        processor.resetTokens();
        processor.start();
        log.info("Rebuilding {} into generation {}", projection, current.activeGeneration() + 1);
        return status(projection);
    }

    /**
     * Fresh planner statistics when a generation starts and when readers switch to it: without
     * them the planner guesses from the old generation's numbers until autovacuum comes by.
     */
    private void analyse() {
        jdbc.sql("ANALYZE query.fact").update();
        jdbc.sql("ANALYZE query.event_log").update();
    }

    public Status status(String projection) {
        processor(projection);
        return jdbc.sql("SELECT active_generation, write_generation, rebuild_started, rebuild_finished"
                        + " FROM query.projection_state WHERE name = ?")
                .param(projection)
                .query((rs, n) -> new Status(projection, rs.getInt(1), rs.getInt(2), rs.getInt(1) != rs.getInt(2),
                        instant(rs.getObject(3, java.time.OffsetDateTime.class)),
                        instant(rs.getObject(4, java.time.OffsetDateTime.class))))
                .single();
    }

    /**
     * Switches readers to the new generation once the replay is over. The old one is dropped a
     * little later: a query that read the generation number just before the switch still reads
     * its rows (else it would answer 404 for an entity that exists).
     */
    @Scheduled(fixedDelay = 500)
    public synchronized void finishWhenCaughtUp() {
        var status = status(QuerySideConfig.PLAN_PROJECTION);
        dropOldGenerations(status);
        var processor = processor(QuerySideConfig.PLAN_PROJECTION);
        var trackers = processor.processingStatus();
        if (!status.rebuilding() || !processor.isRunning()
                || trackers.size() < segmentCount(QuerySideConfig.PLAN_PROJECTION)
                || !trackers.values().stream().allMatch(Rebuilds::replayedUpToReset)) {
            return;
        }
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("UPDATE query.projection_state SET active_generation = write_generation, rebuild_finished = ?"
                            + " WHERE name = ?")
                    .params(Instant.now(clock).atOffset(ZoneOffset.UTC), QuerySideConfig.PLAN_PROJECTION).update();
        });
        analyse();
        log.info("Rebuild of {} finished: generation {} is active", status.projection(), status.writeGeneration());
    }

    private void dropOldGenerations(Status status) {
        if (status.rebuilding() || status.finished() == null || status.finished().equals(droppedAfter)
                || status.finished().plus(OLD_GENERATION_GRACE).isAfter(Instant.now(clock))) {
            return;
        }
        droppedAfter = status.finished();
        var dropped = transaction.execute(tx -> partitions.dropAllBut(status.activeGeneration()));
        if (dropped != null && !dropped.isEmpty()) {
            log.info("Dropped the earlier generations {} of {}", dropped, status.projection());
        }
    }

    /**
     * Axon calls a segment replaying until it sees an event past the reset point; with no new
     * events that may take long, so reaching the reset point is what counts here.
     */
    private static boolean replayedUpToReset(EventTrackerStatus status) {
        if (!status.isCaughtUp()) {
            return false;
        }
        if (status.getTrackingToken() instanceof ReplayToken replay) {
            return replay.getTokenAtReset() == null || replay.getCurrentToken() != null
                    && replay.getCurrentToken().covers(replay.getTokenAtReset());
        }
        return true;
    }

    private int segmentCount(String projection) {
        return jdbc.sql("SELECT count(*) FROM public.tokenentry WHERE processorname = ?").param(projection)
                .query(Integer.class).single();
    }

    /** Only the read side's projection is rebuilt: other processors (the proof log's leaves) are records, not views. */
    private StreamingEventProcessor processor(String projection) {
        if (!QuerySideConfig.PLAN_PROJECTION.equals(projection)) {
            throw new NotFound("Projektionen", projection);
        }
        return processing.eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("Projektionen", projection));
    }

    private static Instant instant(java.time.OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
