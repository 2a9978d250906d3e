package se.ledger.standalone.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL processes working on one data directory. A process counts only if it runs a
 * {@code postgres} (or {@code postgres.exe}) binary whose working directory (the postmaster and its children chdir into
 * the data directory) or {@code -D} argument is this directory: a reused PID, or the server of
 * another data directory, is never touched.
 */
public final class PostgresProcesses {

    private static final Logger log = LoggerFactory.getLogger(PostgresProcesses.class);

    private final Path directory;

    public PostgresProcesses(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The live postmaster named in {@code postmaster.pid}, if it is one of this directory. */
    public Optional<ProcessHandle> postmaster() {
        return recordedPid().flatMap(ProcessHandle::of).filter(this::ours);
    }

    /** Postmaster and children (also children whose postmaster died) of this directory. */
    public List<ProcessHandle> all() {
        return ProcessHandle.allProcesses().filter(this::ours).toList();
    }

    /**
     * Stops whatever still runs on this directory: the postmaster with a fast shutdown (clients
     * disconnected, work committed so far kept), orphaned children by waiting for them to notice
     * their postmaster's death; anything left after {@code patience} is killed, which PostgreSQL
     * survives by crash recovery on its next start. Removes a {@code postmaster.pid} that no
     * longer names a server of this directory.
     */
    public void stopAll(Duration patience) {
        postmaster().ifPresent(postmaster -> {
            log.warn("Stopping PostgreSQL (pid {}) left running on {}", postmaster.pid(), directory);
            fastShutdown(postmaster);
            awaitExit(List.of(postmaster), patience);
        });
        var left = all();
        if (!left.isEmpty()) {
            log.warn("Waiting for {} PostgreSQL processes still working on {}", left.size(), directory);
            awaitExit(left, patience);
            left = all();
            left.forEach(p -> log.warn("Killing PostgreSQL process {} of {}", p.pid(), directory));
            left.forEach(ProcessHandle::destroyForcibly);
            awaitExit(left, patience);
        }
        if (recordedPid().isPresent() && postmaster().isEmpty()) {
            try {
                Files.deleteIfExists(pidFile());
            } catch (IOException e) {
                log.warn("Could not remove stale {}", pidFile(), e);
            }
        }
    }

    private void fastShutdown(ProcessHandle postmaster) {
        Optional<Path> pgCtl = postmaster.info().command().map(Path::of)
                .map(p -> p.resolveSibling(p.getFileName().toString().endsWith(".exe") ? "pg_ctl.exe" : "pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isPresent()) {
            try {
                var stop = new ProcessBuilder(pgCtl.get().toString(), "-D", directory.toString(), "stop",
                        "-m", "fast", "-w", "-t", "30").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (stop.waitFor(40, TimeUnit.SECONDS) && stop.exitValue() == 0) {
                    return;
                }
                stop.destroyForcibly();
            } catch (IOException e) {
                log.warn("pg_ctl stop failed on {}", directory, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        postmaster.destroy(); // SIGTERM: a smart shutdown
    }

    private static void awaitExit(List<ProcessHandle> processes, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // still alive when patience ran out: the caller escalates
            }
        }
    }

    private boolean ours(ProcessHandle process) {
        if (!process.isAlive() || process.pid() == ProcessHandle.current().pid()) {
            return false;
        }
        var info = process.info();
        // an unknown command is not ours: this class may kill what it recognises
        if (!info.command().map(PostgresProcesses::isPostgresBinary).orElse(false)) {
            return false;
        }
        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        try {
            if (Files.exists(cwd)) {
                return Files.isSameFile(cwd.toRealPath(), directory);
            }
        } catch (IOException e) {
            // gone meanwhile, or not ours to inspect
            return false;
        }
        var args = info.arguments().map(List::of).orElse(List.of());
        int d = args.indexOf("-D");
        return d >= 0 && d + 1 < args.size() && Path.of(args.get(d + 1)).toAbsolutePath().normalize().equals(directory);
    }

    static boolean isPostgresBinary(String command) {
        // the path may be Windows' (backslashes) while the JVM parses it as a Unix path, or the reverse
        String name = command.substring(Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\')) + 1);
        return name.equals("postgres") || name.equalsIgnoreCase("postgres.exe");
    }

    private Optional<Long> recordedPid() {
        try {
            var lines = Files.readAllLines(pidFile());
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Path pidFile() {
        return directory.resolve("postmaster.pid");
    }
}
