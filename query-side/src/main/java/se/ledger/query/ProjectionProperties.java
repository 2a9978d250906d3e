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
 * @param pollMillis         how often that wait looks at segments other nodes work on (this node's own
 *                           commits wake it at once)
 * @param tokenClaimIntervalMillis       how often a node looks for unclaimed segments (and, with no events,
 *                                       at most how long it idles)
 * @param claimExtensionThresholdMillis  how often an idle segment renews its claim and stores its token
 */
@ConfigurationProperties(prefix = "ledger.projection")
public record ProjectionProperties(Integer segments, Integer maxClaimedSegments, Integer batchSize, Long waitMillis,
        String nodeId, Long pollMillis, Long tokenClaimIntervalMillis, Long claimExtensionThresholdMillis) {
    public ProjectionProperties {
        nodeId = nodeId == null ? ManagementFactory.getRuntimeMXBean().getName() : nodeId;
        segments = segments == null ? 4 : segments;
        maxClaimedSegments = maxClaimedSegments == null ? segments : maxClaimedSegments;
        batchSize = batchSize == null ? 100 : batchSize;
        waitMillis = waitMillis == null ? 5000L : waitMillis;
        pollMillis = pollMillis == null ? 20L : pollMillis;
        tokenClaimIntervalMillis = tokenClaimIntervalMillis == null ? 1000L : tokenClaimIntervalMillis;
        claimExtensionThresholdMillis = claimExtensionThresholdMillis == null ? 1000L : claimExtensionThresholdMillis;
    }
}
