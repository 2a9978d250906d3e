package se.ledger.query.nodes;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.ledger.query.ProjectionProperties;
import se.ledger.query.QuerySideConfig;

/**
 * Query-side nodes on one database share the projection's segments evenly, and the survivors take
 * over a dead node's. Every node may claim every segment (Axon claims free and expired ones), and
 * each gives back, one at a time, what it holds beyond its fair share of the live nodes, counted
 * by their connections ({@link NodeConnectionName}). Axon's token store has no balancing of its
 * own: without this the first node to start would keep every segment.
 */
class SegmentBalance implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalance.class);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final TaskScheduler scheduler;
    private final BalanceProperties properties;
    private final ProjectionProperties projection;

    SegmentBalance(EventProcessingConfiguration processing, JdbcClient jdbc, TaskScheduler scheduler,
            BalanceProperties properties, ProjectionProperties projection) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.properties = properties;
        this.projection = projection;
    }

    @Override
    public void afterSingletonsInstantiated() {
        scheduler.scheduleWithFixedDelay(this::balance, properties.interval());
    }

    void balance() {
        var processor = processing.eventProcessor(QuerySideConfig.PLAN_PROJECTION, StreamingEventProcessor.class)
                .filter(StreamingEventProcessor::isRunning).orElse(null);
        if (processor == null) {
            return;
        }
        try {
            // the token table, not the processor's status: that kept segments lost in a database failover
            List<Integer> held = jdbc.sql("SELECT segment FROM public.tokenentry WHERE processorname = ? AND owner = ?"
                            + " ORDER BY segment DESC")
                    .params(QuerySideConfig.PLAN_PROJECTION, projection.nodeId()).query(Integer.class).list();
            if (!held.isEmpty() && held.size() > fairShare()) {
                log.info("Holding segments {} of {} beyond a fair share: giving segment {} to another node", held,
                        QuerySideConfig.PLAN_PROJECTION, held.get(0));
                processor.releaseSegment(held.get(0), properties.releaseFor().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            // the database is away: nothing to share until it is back, Axon keeps what it holds
        }
    }

    private int fairShare() {
        return jdbc.sql("SELECT (SELECT count(*) FROM public.tokenentry WHERE processorname = ?),"
                        + " (SELECT count(DISTINCT application_name) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND application_name LIKE ?)")
                .params(QuerySideConfig.PLAN_PROJECTION, NodeConnectionName.PREFIX + "%")
                .query((rs, n) -> (int) Math.ceil(rs.getInt(1) / (double) Math.max(1, rs.getInt(2))))
                .single();
    }
}
