package se.ledger.query.nodes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How query-side nodes share the projection's segments.
 *
 * @param enabled     each node gives back the segments it holds beyond its fair share of the live nodes
 * @param interval    how often a node compares what it holds with its fair share
 * @param releaseFor  how long a given-back segment is left to the other nodes before this one may claim it
 *                    again; well above their claim interval (1 s), so one of them takes it
 */
@ConfigurationProperties(prefix = "ledger.projection.balance")
public record BalanceProperties(Boolean enabled, Duration interval, Duration releaseFor) {
    public BalanceProperties {
        enabled = enabled == null || enabled;
        interval = interval == null ? Duration.ofSeconds(2) : interval;
        releaseFor = releaseFor == null ? Duration.ofSeconds(5) : releaseFor;
    }
}
