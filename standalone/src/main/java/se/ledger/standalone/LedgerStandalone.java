package se.ledger.standalone;

import org.springframework.boot.SpringApplication;
import se.ledger.platform.LedgerApplication;

/**
 * Both sides in one process on the ledger's own embedded PostgreSQL: what a municipality runs
 * by default.
 */
@LedgerApplication
public class LedgerStandalone {

    public static void main(String[] args) {
        SpringApplication.run(LedgerStandalone.class, args);
    }
}
