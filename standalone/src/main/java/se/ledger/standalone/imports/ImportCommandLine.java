package se.ledger.standalone.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import se.ledger.imports.FollowUpContradicted;
import se.ledger.imports.ImportFiles;
import se.ledger.imports.ImportFormat;
import se.ledger.imports.ImportRefused;
import se.ledger.imports.ImportRequest;
import se.ledger.imports.PlanImporter;
import se.ledger.imports.text.ImportRejected;
import se.ledger.platform.InvalidInput;
import se.ledger.standalone.cli.OfflineLedger;

/**
 * {@code java -jar ledger.jar import FILE …}: the ledger without its HTTP port, on the same data directory,
 * imports one file and stops. Exit code 0 when the file is imported (or was already, or a dry run passed),
 * 1 on any problem.
 */
@Command(name = "import", description = {"Importerar en fil (plantabell, csv eller Excel) till liggaren och "
        + "avslutar; allt eller inget. Liggaren som server ska vara stoppad.",
        "Slutkod 0 när filen importerades, redan var importerad eller klarade en provkörning; 1 vid fel."})
public final class ImportCommandLine implements Callable<Integer> {

    @Parameters(paramLabel = "FIL", description = "Filen som ska importeras.")
    private Path file;
    @Option(names = "--organisation", paramLabel = "NAMN",
            description = "Organisationen som planen hör till (krävs för en plantabell).")
    private String organisation;
    @Option(names = "--year", paramLabel = "ÅR", converter = YearText.class,
            description = "Planens år (standard: årtalet i filnamnet).")
    private Integer year;
    @Option(names = "--format", paramLabel = "plan-table|csv|xlsx", converter = FormatName.class,
            description = "Filens format (standard: innehållet avgör).")
    private ImportFormat format;
    @Option(names = "--plan", paramLabel = "PLAN-ID",
            description = "En senare version av en plantabell läggs till denna befintliga plan.")
    private String plan;
    @Option(names = "--dry-run", description = "Provkörning: kontrollerar allt men lagrar inget.")
    private boolean dryRun;
    @Mixin
    private OfflineLedger ledger;

    private final Class<?> application;
    private final PrintStream out;
    private final PrintStream err;

    public ImportCommandLine(Class<?> application, PrintStream out, PrintStream err) {
        this.application = application;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        ledger.check();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("Filen kan inte läsas: " + e.getMessage());
            return 1;
        }
        String fileName = file.getFileName().toString();
        try {
            // a file that cannot be interpreted is reported at once, without starting the database (nor its
            // clock: whether a status lies after today is for the import to say)
            ImportFiles.parse(fileName, content, format, LocalDate.MAX);
        } catch (ImportRejected e) {
            err.println(SummaryText.of(e));
            return 1;
        }
        String planId = plan == null || plan.isBlank() ? null : plan.strip();
        return startAndImport(new ImportRequest(fileName, content, format, organisation, year, dryRun, planId));
    }

    private int startAndImport(ImportRequest request) {
        try (var context = ledger.start(application)) {
            out.println(SummaryText.of(context.getBean(PlanImporter.class).importFile(request)));
            return 0;
        } catch (ImportRejected e) {
            err.println(SummaryText.of(e));
        } catch (ImportRefused e) {
            err.println(SummaryText.of(e));
        } catch (FollowUpContradicted e) {
            err.println(SummaryText.of(e));
        } catch (InvalidInput e) {
            err.println(SummaryText.of(e.problems()));
        } catch (RuntimeException e) {
            err.println("Importen misslyckades; inget har lagrats: " + rootMessage(e));
        }
        return 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static final class YearText implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("Året ska vara ett tal som 2022, inte '" + text + "'.");
            }
        }
    }

    static final class FormatName implements ITypeConverter<ImportFormat> {
        @Override
        public ImportFormat convert(String text) {
            return ImportFormat.fromParameter(text).orElseThrow(() -> new TypeConversionException(
                    "Okänt format '" + text + "': ange plan-table, csv eller xlsx."));
        }
    }
}
