package se.ledger.query;

import java.lang.management.ManagementFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the projection is fed.
 *
 * @param segments           parts of the event stream that can be projected in parallel, also by several nodes
 * @param maxClaimedSegments how many of them one node may take; all by default, so that a node alone takes over a
 *                           dead node's (ledger.projection.balance shares them among live nodes)
 * @param batchSize          events per transaction
 * @param waitMillis         how long a query with minPosition waits for the projection before 503
 * @param nodeId             who holds a segment's claim; must differ between query-side nodes
 */
@ConfigurationProperties(prefix = "ledger.projection")
public record ProjectionProperties(Integer segments, Integer maxClaimedSegments, Integer batchSize, Long waitMillis,
        String nodeId) {
    public ProjectionProperties {
        nodeId = nodeId == null ? ManagementFactory.getRuntimeMXBean().getName() : nodeId;
        segments = segments == null ? 4 : segments;
        maxClaimedSegments = maxClaimedSegments == null ? segments : maxClaimedSegments;
        batchSize = batchSize == null ? 100 : batchSize;
        waitMillis = waitMillis == null ? 5000L : waitMillis;
    }
}
