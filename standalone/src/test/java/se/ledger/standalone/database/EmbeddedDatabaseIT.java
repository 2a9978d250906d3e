package se.ledger.standalone.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the embedded database leaves alone and what it clears before it starts. */
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    private DatabaseProperties properties(Path dir) {
        return new DatabaseProperties(dir, 0, false, Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    @Test
    void aPostmasterPidNamingAnotherLiveProcessIsStaleAndThatProcessIsLeftAlone() throws Exception {
        new EmbeddedDatabase(properties(dataDir)).close();
        // after a reboot the recorded PID may belong to anything; PostgreSQL then refuses to start
        var unrelated = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(dataDir.resolve("postgres/postmaster.pid"), unrelated.pid() + "\n"
                    + dataDir.resolve("postgres") + "\n1764547200\n5432\n/tmp\nlocalhost\n  5432001    32768\nready\n");
            try (var database = new EmbeddedDatabase(properties(dataDir))) {
                assertThat(selectOne(database)).isEqualTo(1);
            }
            assertThat(unrelated.isAlive()).isTrue();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void theServerOfAnotherDataDirectoryIsNeverStopped(@TempDir Path other) throws Exception {
        try (var database = new EmbeddedDatabase(properties(dataDir))) {
            var postmaster = new PostgresProcesses(database.directory()).postmaster().orElseThrow();
            Files.createDirectories(other.resolve("postgres"));
            Files.writeString(other.resolve("postgres/postmaster.pid"), postmaster.pid() + "\n");

            new PostgresProcesses(other.resolve("postgres")).stopAll(Duration.ofSeconds(5));

            assertThat(postmaster.isAlive()).isTrue();
            assertThat(selectOne(database)).isEqualTo(1);
        }
    }

    @Test
    void theWatchdogLeavesALiveServerItCannotRecogniseAlone() throws Exception {
        try (var database = new EmbeddedDatabase(properties(dataDir))) {
            var postmaster = new PostgresProcesses(database.directory()).postmaster().orElseThrow();
            // as where the process table hides the command: the postmaster is not found by its PID
            var pidFile = database.directory().resolve("postmaster.pid");
            String recorded = Files.readString(pidFile);
            var unrelated = new ProcessBuilder("sleep", "300").start();
            try {
                Files.writeString(pidFile, recorded.replaceFirst("^\\d+", Long.toString(unrelated.pid())));
                assertThat(new PostgresProcesses(database.directory()).postmaster()).isEmpty();

                database.check();

                assertThat(postmaster.isAlive()).isTrue();
                assertThat(selectOne(database)).isEqualTo(1);
            } finally {
                Files.writeString(pidFile, recorded); // for the server's own stop
                unrelated.destroyForcibly();
            }
            assertThat(new PostgresProcesses(database.directory()).postmaster()).contains(postmaster);
        }
    }

    private static int selectOne(EmbeddedDatabase database) throws SQLException, IOException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                var result = connection.createStatement().executeQuery("SELECT 1")) {
            result.next();
            return result.getInt(1);
        }
    }
}
