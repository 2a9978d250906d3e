package se.ledger.standalone;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import se.ledger.platform.LedgerApplication;
import se.ledger.standalone.imports.ImportCommandLine;

/**
 * Both sides in one process on the ledger's own embedded PostgreSQL: what a municipality runs
 * by default. {@code import FILE …} imports a file instead and exits (docs/import-formats.md).
 */
@LedgerApplication
public class LedgerStandalone {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommandLine.run(LedgerStandalone.class, Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
        }
        SpringApplication.run(LedgerStandalone.class, args);
    }
}
