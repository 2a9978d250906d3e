package se.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU of the JVM's own threads that Java's thread bean does not list: the JIT compilers and the
 * garbage collector, read from Linux's /proc (zero elsewhere). Threads that ended are not counted.
 */
final class NativeThreads {

    private static final double NANOS_PER_TICK = 1e9 / 100; // USER_HZ, 100 on Linux

    private NativeThreads() {
    }

    /** CPU nanoseconds of the live threads whose name starts with one of {@code prefixes}. */
    static long cpuNanos(String... prefixes) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.mapToLong(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    for (String prefix : prefixes) {
                        if (name.startsWith(prefix)) {
                            String stat = Files.readString(task.resolve("stat"));
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            // utime and stime: fields 14 and 15 of stat, 12 and 13 after the name
                            return (long) ((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK);
                        }
                    }
                    return 0;
                } catch (IOException | RuntimeException e) {
                    return 0; // the thread ended meanwhile
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
