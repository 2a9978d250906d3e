package se.ledger.command;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a write waits for other writes to the same entity before it is answered 409. Below
 * the connection pool's own timeout is pointless; far above it keeps clients hanging.
 *
 * @param lockTimeout the wait, in this process and again for the database's advisory lock
 */
@ConfigurationProperties(prefix = "ledger.writes")
public record WriteProperties(Duration lockTimeout) {
    public WriteProperties {
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(10) : lockTimeout;
    }
}
