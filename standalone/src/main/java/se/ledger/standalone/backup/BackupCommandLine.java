package se.ledger.standalone.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code export-all FILE} and {@code restore FILE}: the ledger without its HTTP port, on its data
 * directory (the server itself stopped), writes a full backup or restores one into an empty ledger.
 */
public final class BackupCommandLine {

    private static final Map<String, Object> QUIET = Map.of("logging.level.root", "WARN",
            "logging.level.org.springframework.core.annotation", "ERROR");

    private BackupCommandLine() {
    }

    public static int run(Class<?> application, String command, String[] args, PrintStream out) {
        if (args.length < 1) {
            out.println("Användning: " + command + " FIL [--ledger.data-dir=KATALOG]");
            return 1;
        }
        Path file = Path.of(args[0]);
        // a restore needs an empty ledger: no sample plan first; no HTTP port (-1: the web context is built, as
        // the controllers need one, but nothing listens); arguments, as application.yml sets both
        String[] springArgs = java.util.stream.Stream.concat(java.util.stream.Stream.of("--ledger.import-sample=false",
                "--server.port=-1"), Arrays.stream(args, 1, args.length)).toArray(String[]::new);
        try (var context = new SpringApplicationBuilder(application).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).properties(QUIET).run(springArgs)) {
            if (command.equals("export-all")) {
                try (OutputStream stream = Files.newOutputStream(file)) {
                    var manifest = context.getBean(FullBackup.class).export(stream);
                    out.println("Säkerhetskopia skriven till " + file + ": " + manifest.events() + " händelser, loggen "
                            + manifest.logSize() + " löv, rot " + manifest.rootHash());
                }
            } else {
                try (InputStream stream = Files.newInputStream(file)) {
                    var restored = context.getBean(Restore.class).restore(stream);
                    out.println("Återställd från " + file + ": " + restored.events() + " händelser, loggen "
                            + restored.logSize() + " löv, rot " + restored.rootHash() + " (samma som säkerhetskopians)");
                }
            }
            return 0;
        } catch (Exception e) {
            out.println("FEL: " + command + " misslyckades; inget har ändrats: " + e.getMessage());
            return 1;
        }
    }
}
