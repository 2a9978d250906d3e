package se.ledger.standalone.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ledger's own PostgreSQL, used when no {@code spring.datasource.url} points elsewhere.
 *
 * @param dataDir          where the embedded database keeps its files; survives restarts
 * @param port             0 picks a free port (kept across restarts of the database)
 * @param durable          fsync and synchronous commit on; only tests may turn this off
 * @param watchdogInterval how often the ledger checks that its PostgreSQL still runs, and
 *                         restarts it when it does not
 * @param startupWait      how long a start may take; crash recovery replays the WAL first
 */
@ConfigurationProperties(prefix = "ledger")
public record DatabaseProperties(Path dataDir, Integer port, Boolean durable, Duration watchdogInterval,
        Duration startupWait) {
    public DatabaseProperties {
        dataDir = dataDir == null ? Path.of("ledger-data") : dataDir;
        port = port == null ? 0 : port;
        durable = durable == null || durable;
        watchdogInterval = watchdogInterval == null ? Duration.ofSeconds(1) : watchdogInterval;
        startupWait = startupWait == null ? Duration.ofSeconds(120) : startupWait;
    }
}
