package se.ledger.query.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a query-side node counts as ready for traffic.
 *
 * @param readinessMaxLagEvents most global positions any segment may trail the event store
 * @param readinessMaxLag       oldest an event not yet projected may be
 * @param lagCache              how long one lag reading serves scrapes and health checks (it costs queries)
 */
@ConfigurationProperties(prefix = "ledger.operations")
public record OperationsProperties(Long readinessMaxLagEvents, Duration readinessMaxLag, Duration lagCache) {
    public OperationsProperties {
        readinessMaxLagEvents = readinessMaxLagEvents == null ? 1000L : readinessMaxLagEvents;
        readinessMaxLag = readinessMaxLag == null ? Duration.ofSeconds(30) : readinessMaxLag;
        lagCache = lagCache == null ? Duration.ofSeconds(1) : lagCache;
    }
}
