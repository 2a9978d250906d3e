package se.ledger.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * A fresh embedded PostgreSQL with the standalone ledger's durable settings (as its
 * EmbeddedDatabase): ceilings measured without them would flatter PostgreSQL, not the ledger.
 */
final class BenchDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path directory;

    BenchDatabase() throws IOException {
        this(Map.of());
    }

    /** With more server settings, e.g. a preloaded pg_stat_statements for a profile of the SQL. */
    BenchDatabase(Map<String, String> settings) throws IOException {
        directory = Files.createTempDirectory("ledger-bench-");
        var builder = EmbeddedPostgres.builder();
        settings.forEach(builder::setServerConfig);
        postgres = builder
                .setDataDirectory(directory)
                .setCleanDataDirectory(true)
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .start();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
