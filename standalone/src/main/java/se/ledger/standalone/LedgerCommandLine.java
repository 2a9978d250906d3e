package se.ledger.standalone;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.ledger.standalone.backup.BackupCommandLine;
import se.ledger.standalone.cli.SwedishUsage;
import se.ledger.standalone.imports.ImportCommandLine;
import se.ledger.standalone.proof.ProofExportCommandLine;
import se.ledger.standalone.proof.VerifyCommandLine;

/**
 * {@code java -jar ledger.jar [COMMAND …]}: with a command, runs it and exits with its code; without one
 * (no arguments, or Spring's {@code --name=value} first), main starts the server with its arguments as given.
 */
@Command(name = "java -jar ledger.jar", customSynopsis = {"java -jar ledger.jar [--namn=värde …]",
        "       java -jar ledger.jar KOMMANDO [ARGUMENT …] [--namn=värde …]"},
        description = {"Utan kommando startar liggaren som server; varje --namn=värde går till Spring, som "
                + "--ledger.data-dir=KATALOG eller --server.port=8080.",
                "Ett kommando kör liggaren utan HTTP-port på samma datakatalog (servern stoppad), gör sitt och "
                        + "avslutar; verify behöver varken liggare eller databas."},
        footer = {"%nHjälp om ett kommando: java -jar ledger.jar KOMMANDO --help"})
public final class LedgerCommandLine implements Callable<Integer> {

    private static final Set<String> HELP = Set.of("-h", "--help");

    @Spec
    private CommandSpec command;

    private LedgerCommandLine() {
    }

    /** Decided before any parsing, so that the server's arguments reach Spring exactly as today. */
    public static boolean startsServer(String[] args) {
        return args.length == 0 || args[0].startsWith("-") && !HELP.contains(args[0]);
    }

    /** Runs the command {@code args} name and answers its exit code (0 for help, 1 for a usage error). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return commandLine(LedgerStandalone.class, out, err).execute(args);
    }

    static CommandLine commandLine(Class<?> application, PrintStream out, PrintStream err) {
        var line = new CommandLine(new LedgerCommandLine())
                .addSubcommand(new VerifyCommandLine(out))
                .addSubcommand(new ImportCommandLine(application, out, err))
                .addSubcommand(new ProofExportCommandLine(application, out))
                .addSubcommand(new BackupCommandLine.ExportAll(application, out))
                .addSubcommand(new BackupCommandLine.RestoreFrom(application, out));
        // Spring's arguments stay unmatched words (OfflineLedger), never a file picocli would expand
        return SwedishUsage.apply(line).setUnmatchedOptionsArePositionalParams(false).setExpandAtFiles(false)
                .setOut(writer(out)).setErr(writer(err));
    }

    /** Only reached without a command, which main sends to the server instead. */
    @Override
    public Integer call() {
        throw new ParameterException(command.commandLine(), "Ange ett kommando.");
    }

    /** picocli writes through the same streams as the commands, in their encoding. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.print(new String(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }
}
