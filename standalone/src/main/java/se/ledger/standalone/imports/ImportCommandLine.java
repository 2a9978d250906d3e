package se.ledger.standalone.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import se.ledger.imports.FollowUpContradicted;
import se.ledger.imports.ImportFiles;
import se.ledger.imports.ImportRefused;
import se.ledger.imports.ImportRequest;
import se.ledger.imports.PlanImporter;
import se.ledger.imports.text.ImportRejected;
import se.ledger.platform.InvalidInput;

/**
 * {@code java -jar ledger.jar import FILE …}: the ledger without its HTTP port, on the same data directory,
 * imports one file and stops. Exit code 0 when the file is imported (or was already, or a dry run passed),
 * 1 on any problem.
 */
public final class ImportCommandLine {

    /** Defaults only: a {@code --logging.level…} flag still wins. Spring's deprecation notices help no clerk. */
    private static final Map<String, Object> QUIET = Map.of("logging.level.root", "WARN",
            "logging.level.org.springframework.core.annotation", "ERROR");

    private ImportCommandLine() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        ImportArguments arguments;
        byte[] content;
        try {
            arguments = ImportArguments.parse(args);
            content = Files.readAllBytes(arguments.file());
        } catch (ImportArguments.Invalid e) {
            err.println(e.getMessage());
            err.println(ImportArguments.USAGE);
            return 1;
        } catch (IOException e) {
            err.println("Filen kan inte läsas: " + e.getMessage());
            return 1;
        }
        String fileName = arguments.file().getFileName().toString();
        try {
            // a file that cannot be interpreted is reported at once, without starting the database (nor its
            // clock: whether a status lies after today is for the import to say)
            ImportFiles.parse(fileName, content, arguments.format(), LocalDate.MAX);
        } catch (ImportRejected e) {
            err.println(SummaryText.of(e));
            return 1;
        }
        return startAndImport(application, springArguments(arguments), new ImportRequest(fileName, content,
                arguments.format(), arguments.organisation(), arguments.year(), arguments.dryRun(), arguments.plan()),
                out, err);
    }

    private static int startAndImport(Class<?> application, String[] springArgs, ImportRequest request,
            PrintStream out, PrintStream err) {
        try (var context = new SpringApplicationBuilder(application).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).properties(QUIET).run(springArgs)) {
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

    /**
     * On the command line so they outrank application.yml: no HTTP port (a running ledger may hold 8080, and
     * this process serves nobody), and no sample import next to the file asked for.
     */
    private static String[] springArguments(ImportArguments arguments) {
        List<String> args = new ArrayList<>();
        arguments.springArguments().stream()
                .filter(arg -> !arg.startsWith("--server.port=") && !arg.startsWith("--ledger.import-sample="))
                .forEach(args::add);
        args.add("--server.port=-1");
        args.add("--ledger.import-sample=false");
        return args.toArray(String[]::new);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
