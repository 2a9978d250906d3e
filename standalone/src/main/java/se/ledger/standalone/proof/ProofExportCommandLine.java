package se.ledger.standalone.proof;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.format.DateTimeParseException;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import se.ledger.proof.bundle.ProofBundle;
import se.ledger.proof.log.BundleExport;

/**
 * {@code export-proof PLAN FILE (--report REPORT | --asOf TIME --validAt DATE)}: the ledger without
 * its HTTP port, on its data directory, writes the plan's proof bundle as GET
 * /api/plans/{id}/proof-bundle does. A report's bundle waits until the proof log has taken the report.
 */
public final class ProofExportCommandLine {

    private static final String USAGE = "Användning: export-proof PLAN FIL (--report RAPPORT | --asOf TIDPUNKT"
            + " --validAt DATUM) [--ledger.data-dir=KATALOG]";
    private static final Map<String, Object> QUIET = Map.of("logging.level.root", "WARN",
            "logging.level.org.springframework.core.annotation", "ERROR");

    private ProofExportCommandLine() {
    }

    /** The words picocli reads; every other {@code --name=value} is Spring's (such as {@code --ledger.data-dir}). */
    @Command(name = "export-proof")
    static final class Words {
        @Parameters(arity = "0..*")
        List<String> positional = new ArrayList<>();
        @Option(names = "--report")
        String report;
        @Option(names = "--asOf")
        String asOf;
        @Option(names = "--validAt")
        String validAt;
        @Unmatched
        List<String> spring = new ArrayList<>();
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        var words = new Words();
        try {
            new CommandLine(words).setUnmatchedOptionsArePositionalParams(false).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            out.println("Argumenten kan inte läsas: " + e.getMessage());
            out.println(USAGE);
            return 1;
        }
        if (words.positional.size() != 2 || (words.report != null) == (words.asOf != null || words.validAt != null)) {
            out.println(USAGE);
            return 1;
        }
        // no sample import, no HTTP port (-1: the web context is built, as the controllers need one, but nothing
        // listens): arguments, as application.yml sets both
        var springArgs = new ArrayList<>(List.of("--ledger.import-sample=false", "--server.port=-1"));
        springArgs.addAll(words.spring);
        String plan = words.positional.get(0);
        Path file = Path.of(words.positional.get(1));
        Instant asOf;
        LocalDate validAt;
        try {
            asOf = words.asOf == null ? Instant.now() : Instant.parse(words.asOf);
            validAt = words.validAt == null ? LocalDate.now() : LocalDate.parse(words.validAt);
        } catch (DateTimeParseException e) {
            out.println("--asOf ska vara en tidpunkt som 2022-09-26T12:30:00Z och --validAt ett datum som 2022-08-31: "
                    + e.getParsedString() + " går inte att läsa");
            return 1;
        }
        try (var context = new SpringApplicationBuilder(application).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).properties(QUIET)
                .run(springArgs.toArray(String[]::new))) {
            var export = context.getBean(BundleExport.class);
            ProofBundle bundle = words.report != null ? forReport(export, plan, words.report)
                    : export.at(plan, asOf, validAt);
            try (OutputStream stream = Files.newOutputStream(file)) {
                bundle.write(stream);
            }
            out.println("Bevispaket skrivet till " + file + ": plan " + plan + ", " + bundle.events().size()
                    + " händelser, kontrollpunkt " + bundle.manifest().checkpointSize() + " löv"
                    + (bundle.manifest().stateDigest() == null ? "" : ", tillstånd " + bundle.manifest().stateDigest()));
            out.println("Verifiera: java -jar ledger.jar verify " + file + " --key '" + bundle.verifierKey() + "'");
            return 0;
        } catch (Exception e) {
            out.println("FEL: export-proof misslyckades: " + e.getMessage());
            return 1;
        }
    }

    /** Just started, the proof log and the receipt sealer may still be catching up with the report. */
    private static ProofBundle forReport(BundleExport export, String plan, String report) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        ProofBundle bundle = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                bundle = export.forReport(plan, report);
                if (bundle.manifest().receiptNote() != null) {
                    return bundle;
                }
            } catch (BundleExport.NotYetLogged e) {
                // the log has not reached the report yet
            }
            Thread.sleep(500);
        }
        if (bundle == null) {
            throw new IllegalStateException("rapporten " + report + " är ännu inte inlagd i loggen");
        }
        return bundle; // logged, but its receipt not sealed yet: the bundle says so, and the verifier too
    }
}
