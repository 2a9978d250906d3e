package se.ledger.standalone.processes;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ledger.standalone.database.PostgresProcesses;

/**
 * The standalone ledger as a real operating-system process, so that it can be killed as a power
 * cut or an operator would: SIGKILL, SIGTERM, or its PostgreSQL's postmaster killed.
 */
public final class ChildLedger implements AutoCloseable {

    private final Path dataDir;
    private final Path logs;
    private final String name;
    private final int port = freePort();
    private final PostgresProcesses postgres;
    private final List<String> settings;
    private final List<Process> started = new ArrayList<>();
    private Process process;

    public ChildLedger(Path dataDir, String name) {
        this(dataDir, name, List.of());
    }

    /** {@code settings} as command-line properties, e.g. {@code --spring.datasource.url=…}. */
    public ChildLedger(Path dataDir, String name, List<String> settings) {
        this.dataDir = dataDir;
        this.name = name;
        this.settings = List.copyOf(settings);
        this.logs = Path.of("target", "crash-logs");
        this.postgres = new PostgresProcesses(dataDir.resolve("postgres"));
    }

    public int port() {
        return port;
    }

    public HttpLedger http() {
        return new HttpLedger(port);
    }

    /** Starts the ledger once and waits until it answers; fails if this first start does not. */
    public ChildLedger start() {
        return launch().awaitAnswering();
    }

    /** Starts the ledger's JVM without waiting for it, so that several can start side by side. */
    public ChildLedger launch() {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ChildMain.class.getName(),
                "--server.port=" + port, "--ledger.data-dir=" + dataDir, "--ledger.import-sample=false",
                "--spring.main.banner-mode=off"));
        command.addAll(settings);
        try {
            Files.createDirectories(logs);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log(started.size() + 1).toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        started.add(process);
        return this;
    }

    /** Waits until the JVM {@link #launch()}ed last answers HTTP; fails if it exits first. */
    public ChildLedger awaitAnswering() {
        var current = process;
        var log = log(started.size());
        var http = http();
        await("ledger " + name + " answering (" + log + ")").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    if (!current.isAlive()) {
                        throw new AssertionError("The ledger exited with " + current.exitValue() + " before it answered:\n"
                                + tail(log));
                    }
                    return http.answers();
                });
        return this;
    }

    /** SIGKILL: the JVM gets no chance to stop anything, as in a power cut of the process. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: what an operator's {@code kill} or systemd's stop sends. */
    public void terminate() {
        process.destroy();
        awaitExit();
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                throw new AssertionError("The ledger did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Optional<ProcessHandle> postmaster() {
        return postgres.postmaster();
    }

    public List<ProcessHandle> postgresProcesses() {
        return postgres.all();
    }

    /** Straight to the ledger's PostgreSQL, on the port its postmaster.pid names (4th line). */
    public JdbcClient database() {
        try {
            var lines = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
            var source = new PGSimpleDataSource();
            source.setUrl("jdbc:postgresql://localhost:" + lines.get(3).trim() + "/postgres");
            source.setUser("postgres");
            return JdbcClient.create(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String logTail() {
        return tail(log(started.size()));
    }

    /** Whatever happened in the test: no JVM and no PostgreSQL of this ledger outlives it. */
    @Override
    public void close() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : started) {
            try {
                p.waitFor(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        postgres.stopAll(Duration.ofSeconds(20));
    }

    private Path log(int run) {
        return logs.resolve(name + "-" + run + ".log");
    }

    static String tail(Path log) {
        try {
            var lines = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
