package se.ledger.standalone.crash;

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
final class DebianPostgres implements AutoCloseable {

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
    static Optional<Path> binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static DebianPostgres create(Path bin, Path folder) throws IOException, InterruptedException {
        var server = new DebianPostgres(bin, folder);
        Files.createDirectories(server.data);
        if (asRoot()) {
            run(List.of("chown", "-R", "postgres:postgres", folder.toString()));
            run(List.of("chmod", "o+x", folder.getParent().toString()));
        }
        server.as(List.of(bin.resolve("initdb").toString(), "-D", server.data.toString(), "-U", "ledger",
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    void start() throws IOException, InterruptedException {
        as(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=localhost", "start"));
    }

    /** As a power cut or a crash would stop it: no checkpoint, no goodbye to the clients. */
    void crash() throws IOException, InterruptedException {
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
