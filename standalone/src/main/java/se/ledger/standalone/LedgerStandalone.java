package se.ledger.standalone;

import org.springframework.boot.SpringApplication;
import se.ledger.platform.LedgerApplication;

/**
 * Both sides in one process on the ledger's own embedded PostgreSQL: what a municipality runs
 * by default. With a command ({@link LedgerCommandLine}: verify, import, export-proof, export-all,
 * restore) it runs that instead and exits.
 */
@LedgerApplication
public class LedgerStandalone {

    public static void main(String[] args) {
        if (LedgerCommandLine.startsServer(args)) {
            SpringApplication.run(LedgerStandalone.class, args);
        } else {
            System.exit(LedgerCommandLine.execute(args, System.out, System.err));
        }
    }
}
