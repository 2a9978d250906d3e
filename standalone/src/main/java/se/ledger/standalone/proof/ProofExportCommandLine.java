package se.ledger.standalone.proof;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import se.ledger.proof.bundle.ProofBundle;
import se.ledger.proof.log.BundleExport;
import se.ledger.standalone.cli.OfflineLedger;

/**
 * {@code export-proof PLAN FILE (--report REPORT | --asOf TIME --validAt DATE)}: the ledger without
 * its HTTP port, on its data directory, writes the plan's proof bundle as GET
 * /api/plans/{id}/proof-bundle does. A report's bundle waits until the proof log has taken the report.
 */
@Command(name = "export-proof", description = {"Skriver en plans bevispaket, som GET /api/plans/{id}/proof-bundle, "
        + "för en rapport eller för en tidpunkt. Liggaren som server ska vara stoppad.",
        "Kontrollera det sedan var som helst med verify."})
public final class ProofExportCommandLine implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "Planens id.")
    private String plan;
    @Parameters(index = "1", paramLabel = "FIL", description = "Filen som bevispaketet skrivs till.")
    private Path file;
    @ArgGroup(multiplicity = "1")
    private Which which;
    @Mixin
    private OfflineLedger ledger;

    private final Class<?> application;
    private final PrintStream out;

    /** A report's bundle, or the plan as known at a time and valid on a date. */
    static final class Which {
        @Option(names = "--report", paramLabel = "RAPPORT", description = "Rapportens id: paketet med dess kvitto.")
        String report;
        @ArgGroup(exclusive = false)
        At at;
    }

    static final class At {
        @Option(names = "--asOf", paramLabel = "TIDPUNKT", converter = InstantText.class,
                description = "Planen som liggaren kände den då, t.ex. 2022-09-26T12:30:00Z (standard: nu).")
        Instant asOf;
        @Option(names = "--validAt", paramLabel = "DATUM", converter = DateText.class,
                description = "Planen som den gällde detta datum, t.ex. 2022-08-31 (standard: i dag).")
        LocalDate validAt;
    }

    public ProofExportCommandLine(Class<?> application, PrintStream out) {
        this.application = application;
        this.out = out;
    }

    @Override
    public Integer call() {
        ledger.check();
        try (var context = ledger.start(application)) {
            // defaults as every read has them: now, and today in the ledger's zone (ledger.zone)
            Clock clock = context.getBean(Clock.class);
            Instant asOf = which.at == null || which.at.asOf == null ? clock.instant() : which.at.asOf;
            LocalDate validAt = which.at == null || which.at.validAt == null ? LocalDate.now(clock) : which.at.validAt;
            var export = context.getBean(BundleExport.class);
            ProofBundle bundle = which.report != null ? forReport(export, plan, which.report)
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

    static final class InstantText implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("--asOf ska vara en tidpunkt som 2022-09-26T12:30:00Z: " + text
                        + " går inte att läsa");
            }
        }
    }

    static final class DateText implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("--validAt ska vara ett datum som 2022-08-31: " + text
                        + " går inte att läsa");
            }
        }
    }
}
