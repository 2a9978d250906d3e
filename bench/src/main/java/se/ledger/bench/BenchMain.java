package se.ledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The ledger next to PostgreSQL's own ceilings, all measured in one run against one embedded
 * PostgreSQL with the ledger's durable settings, on generated municipalities' plans. Asserts
 * nothing; prints and writes a Markdown table. Run:
 * mvn -B -q -Pbench package -DskipTests && java -jar bench/target/bench.jar --events=100000
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the ledger against PostgreSQL's ceilings in the same run.")
public class BenchMain implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "100000",
            description = "size: events generated as full plans of ~300 activities (default ${DEFAULT-VALUE})")
    long events;

    @Option(names = "--repeat", defaultValue = "3", description = "runs per measurement (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--commit-events", defaultValue = "3000",
            description = "rows per L1 and L1×8 run (one commit each) (default ${DEFAULT-VALUE})")
    int commitEvents;

    @Option(names = "--batch-events", defaultValue = "50000",
            description = "rows per L2 and COPY run (default ${DEFAULT-VALUE})")
    int batchEvents;

    @Option(names = "--rest-events", defaultValue = "1000",
            description = "statuses posted per REST and gateway run (default ${DEFAULT-VALUE})")
    int restEvents;

    @Option(names = "--reads", defaultValue = "100", description = "calls per read endpoint and run (default ${DEFAULT-VALUE})")
    int reads;

    @Option(names = "--ryw-writes", defaultValue = "40",
            description = "writes per read-your-write run, shared by its writers (default ${DEFAULT-VALUE})")
    int rywWrites;

    @Option(names = "--import-activities", defaultValue = "2000",
            description = "activity rows of the imported CSV sheet (default ${DEFAULT-VALUE})")
    int importActivities;

    @Option(names = "--replays", defaultValue = "1",
            description = "rebuilds through the replay endpoint (each takes all events again) (default ${DEFAULT-VALUE})")
    int replays;

    @Option(names = "--out", description = "Markdown file (default bench/results/<date>-<events>.md)")
    Path out;

    @Option(names = "--note", defaultValue = "", description = "a line written above the table")
    String note;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        var run = new BenchRun(this);
        var table = run.measure();
        double minutes = (System.nanoTime() - start) / 60e9;
        String markdown = header(run, minutes) + table.markdown() + run.notes();
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

    private String header(BenchRun run, double minutes) {
        return "# Ledger vs PostgreSQL ceilings, " + LocalDate.now() + ", " + run.loadedEvents() + " events\n\n"
                + (note.isBlank() ? "" : note + "\n\n")
                + "Embedded PostgreSQL 17 with fsync, synchronous_commit and full_page_writes on; "
                + run.plans() + " generated plans (" + run.loadedEvents() + " events, bulk-loaded); "
                + Runtime.getRuntime().availableProcessors() + " cores; " + repeat + " runs per measurement; "
                + String.format(java.util.Locale.ROOT, "%.1f", minutes) + " minutes in all. "
                + "Figures are medians over the runs with the best run in brackets (for latencies the smallest); "
                + "ratio = ledger median / ceiling median of this run. The ledger runs in the bench's JVM.\n\n"
                + "Options: --events=" + events + " --repeat=" + repeat + " --commit-events=" + commitEvents
                + " --batch-events=" + batchEvents + " --rest-events=" + restEvents + " --reads=" + reads
                + " --ryw-writes=" + rywWrites + " --import-activities=" + importActivities + " --replays=" + replays
                + "\n\n";
    }
}
