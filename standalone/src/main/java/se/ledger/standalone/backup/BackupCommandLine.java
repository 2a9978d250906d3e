package se.ledger.standalone.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.ledger.standalone.cli.OfflineLedger;

/**
 * {@code export-all FILE} and {@code restore FILE}: the ledger without its HTTP port, on its data
 * directory (the server itself stopped), writes a full backup or restores one into an empty ledger.
 */
public abstract sealed class BackupCommandLine implements Callable<Integer> {

    @Parameters(paramLabel = "FIL", description = "Säkerhetskopians fil.")
    private Path file;
    @Mixin
    private OfflineLedger ledger;
    @Spec
    private CommandSpec command;

    private final Class<?> application;
    private final PrintStream out;

    private BackupCommandLine(Class<?> application, PrintStream out) {
        this.application = application;
        this.out = out;
    }

    /** Does the command's work on the started ledger and says what it did. */
    abstract String work(ConfigurableApplicationContext context, Path file) throws Exception;

    @Override
    public Integer call() {
        ledger.check();
        try (var context = ledger.start(application)) {
            out.println(work(context, file));
            return 0;
        } catch (Exception e) {
            out.println("FEL: " + command.name() + " misslyckades; inget har ändrats: " + e.getMessage());
            return 1;
        }
    }

    @Command(name = "export-all", description = {"Skriver en fullständig säkerhetskopia: varje händelse som den "
            + "lagrats, i loggens ordning, med salter, borttagningar och kontrollpunkter. "
            + "Liggaren som server ska vara stoppad."})
    public static final class ExportAll extends BackupCommandLine {
        public ExportAll(Class<?> application, PrintStream out) {
            super(application, out);
        }

        @Override
        String work(ConfigurableApplicationContext context, Path file) throws Exception {
            try (OutputStream stream = Files.newOutputStream(file)) {
                var manifest = context.getBean(FullBackup.class).export(stream);
                return "Säkerhetskopia skriven till " + file + ": " + manifest.events() + " händelser, loggen "
                        + manifest.logSize() + " löv, rot " + manifest.rootHash();
            }
        }
    }

    @Command(name = "restore", description = {"Återställer en säkerhetskopia i en tom liggare, i en transaktion; "
            + "inget behålls om loggens rot inte blir densamma. Liggaren som server ska vara stoppad."})
    public static final class RestoreFrom extends BackupCommandLine {
        public RestoreFrom(Class<?> application, PrintStream out) {
            super(application, out);
        }

        @Override
        String work(ConfigurableApplicationContext context, Path file) throws Exception {
            try (InputStream stream = Files.newInputStream(file)) {
                var restored = context.getBean(Restore.class).restore(stream);
                return "Återställd från " + file + ": " + restored.events() + " händelser, loggen "
                        + restored.logSize() + " löv, rot " + restored.rootHash() + " (samma som säkerhetskopians)";
            }
        }
    }
}
