package se.ledger.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ledger's own PostgreSQL, used when no {@code spring.datasource.url} points elsewhere.
 *
 * @param dataDir  where the embedded database keeps its files; survives restarts
 * @param port     0 picks a free port
 * @param durable  fsync and synchronous commit on; only tests may turn this off
 */
@ConfigurationProperties(prefix = "ledger")
public record DatabaseProperties(Path dataDir, Integer port, Boolean durable) {
    public DatabaseProperties {
        dataDir = dataDir == null ? Path.of("ledger-data") : dataDir;
        port = port == null ? 0 : port;
        durable = durable == null || durable;
    }
}
