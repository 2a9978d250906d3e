package se.ledger.standalone.processes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An external PostgreSQL server from Debian's packages (postgresql-NN), in a folder of the test's
 * own on a port of its own, as a municipality's database server would be. PostgreSQL refuses to
 * run as root, so as root it runs as the package's {@code postgres} user.
 */
public final class DebianPostgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final Path log;
    private final int port;

    private DebianPostgres(Path bin, Path folder) throws IOException {
        this.bin = bin;
        this.data = folder.resolve("data");
        this.log = folder.resolve("postgres.log");
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /** The newest installed server's programs, if any. */
    private static Optional<Path> binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The server's programs; a developer machine without them skips the test, CI (.ci/run installs them) fails. */
    public static Path binariesOrSkip() {
        var binaries = binaries();
        assumeTrue(binaries.isPresent() || "true".equals(System.getenv("CI")), "Debian's postgresql is not installed");
        return binaries.orElseThrow();
    }

    public static DebianPostgres create(Path bin, Path folder) throws IOException, InterruptedException {
        var server = prepare(bin, folder);
        server.as(List.of(bin.resolve("initdb").toString(), "-D", server.data.toString(), "-U", "ledger",
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
        return server;
    }

    /**
     * A streaming replica of this running server, in {@code folder} on a port of its own, not yet
     * started: a base backup with {@code -R}, so it starts as a hot standby that follows this one.
     */
    public DebianPostgres replica(Path folder) throws IOException, InterruptedException {
        var replica = prepare(bin, folder);
        Files.delete(replica.data); // pg_basebackup creates it, with the modes PostgreSQL insists on
        as(List.of(bin.resolve("pg_basebackup").toString(), "-D", replica.data.toString(), "-h", "127.0.0.1",
                "-p", Integer.toString(port), "-U", "ledger", "-R", "-X", "stream", "-c", "fast"));
        return replica;
    }

    private static DebianPostgres prepare(Path bin, Path folder) throws IOException, InterruptedException {
        var server = new DebianPostgres(bin, folder);
        Files.createDirectories(server.data);
        if (asRoot()) {
            run(List.of("chown", "-R", "postgres:postgres", folder.toString()));
            run(List.of("chmod", "o+x", folder.getParent().toString()));
        }
        return server;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public void start() throws IOException, InterruptedException {
        as(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=localhost", "start"));
    }

    /** An operator's stop: clients are disconnected, and a standby gets all WAL before the end. */
    public void stop() throws IOException, InterruptedException {
        as(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
    }

    /** A standby becomes a primary that accepts writes. */
    public void promote() throws IOException, InterruptedException {
        as(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "promote"));
    }

    /** As a power cut or a crash would stop it: no checkpoint, no goodbye to the clients. */
    public void crash() throws IOException, InterruptedException {
        as(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
    }

    @Override
    public void close() {
        try {
            as(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
        } catch (IOException | InterruptedException | IllegalStateException e) {
            // not running
        }
    }

    private void as(List<String> command) throws IOException, InterruptedException {
        var full = new ArrayList<String>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
