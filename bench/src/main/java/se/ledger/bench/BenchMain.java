package se.ledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The ledger's write rates next to PostgreSQL's own ceilings, all measured in one run against one
 * embedded PostgreSQL with the ledger's durable settings. Asserts nothing; prints and writes a
 * Markdown table. Run: java -jar bench/target/bench.jar --events=100000 --repeat=3
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the ledger against PostgreSQL's ceilings in the same run.")
public class BenchMain implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "100000", description = "rows per ceiling run (default ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--rest-events", defaultValue = "1000",
            description = "statuses posted per REST run; REST is slow, so fewer (default ${DEFAULT-VALUE})")
    int restEvents;

    @Option(names = "--repeat", defaultValue = "3", description = "runs per measurement (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--out", description = "Markdown file (default bench/results/<date>-<events>.md)")
    Path out;

    @Option(names = "--note", defaultValue = "", description = "a line written above the table")
    String note;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        var table = new ResultTable();
        try (var database = new BenchDatabase()) {
            var ceilings = new Ceilings(database);
            var l1 = measure("L1 one-row INSERT+COMMIT, 1 connection", () -> ceilings.oneRowCommits(events));
            var l1x8 = measure("L1×8 one-row INSERT+COMMIT, 8 connections",
                    () -> ceilings.oneRowCommitsParallel(events, 8));
            var l2 = measure("L2 100 rows per COMMIT", () -> ceilings.batchedCommits(events, 100));
            var copy = measure("COPY, one transaction", () -> ceilings.copy(events));
            var context = BenchLedger.start(database.jdbcUrl());
            try {
                var rest = new RestClients(BenchLedger.port(context));
                rest.createPlan();
                rest.statuses(Math.min(200, restEvents), 1); // warm-up, not counted: JIT, pools, caches
                var rest1 = measure("REST, 1 client posting statuses", () -> rest.statuses(restEvents, 1));
                var rest8 = measure("REST, 8 clients posting statuses", () -> rest.statuses(restEvents, 8));
                table.add("REST, 1 client posting statuses vs L1", rest1, l1);
                table.add("REST, 8 clients posting statuses vs L1×8", rest8, l1x8);
            } finally {
                context.close();
            }
            table.add("L2 100 rows per commit (ceiling only)", null, l2);
            table.add("COPY (ceiling only)", null, copy);
        }
        String markdown = header() + table.markdown();
        System.out.println();
        System.out.println(markdown);
        Path file = out != null ? out : Path.of("bench", "results", LocalDate.now() + "-" + events + ".md");
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, markdown);
        System.out.println("Written to " + file.toAbsolutePath());
        return 0;
    }

    private String header() {
        return "# Ledger vs PostgreSQL ceilings, " + LocalDate.now() + "\n\n"
                + (note.isBlank() ? "" : note + "\n\n")
                + "Embedded PostgreSQL 17, fsync, synchronous_commit and full_page_writes on; " + events
                + " rows per ceiling run, " + restEvents + " statuses per REST run, " + repeat + " runs each; "
                + Runtime.getRuntime().availableProcessors() + " cores. Rates in events per second (medians); "
                + "ratio = ledger median / ceiling median.\n\n";
    }

    private Stats measure(String what, Callable<Double> run) throws Exception {
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            rates.add(run.call());
        }
        var stats = Stats.of(rates);
        System.out.printf("%-48s min %10.0f  median %10.0f ev/s%n", what, stats.min(), stats.median());
        return stats;
    }
}
