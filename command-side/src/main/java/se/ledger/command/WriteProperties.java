package se.ledger.command;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a write waits for other writes to the same entity before it is answered 409. Below
 * the connection pool's own timeout is pointless; far above it keeps clients hanging.
 *
 * @param lockTimeout the wait, in this process and again for the database's advisory lock
 * @param aggregateCacheSize entities kept loaded in memory between writes ({@link AggregateCache}); 0 turns
 *                           the cache off
 */
@ConfigurationProperties(prefix = "ledger.writes")
public record WriteProperties(Duration lockTimeout, Integer aggregateCacheSize) {
    public WriteProperties {
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(10) : lockTimeout;
        aggregateCacheSize = aggregateCacheSize == null ? 2_000 : aggregateCacheSize;
        if (aggregateCacheSize < 0) {
            throw new IllegalArgumentException("ledger.writes.aggregate-cache-size must not be negative");
        }
    }
}
