package se.ledger.standalone;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import se.ledger.platform.LedgerApplication;
import se.ledger.proof.bundle.VerifyCommand;
import se.ledger.proof.receipts.OfflinePlanStates;
import se.ledger.standalone.backup.BackupCommandLine;
import se.ledger.standalone.imports.ImportCommandLine;
import se.ledger.standalone.proof.ProofExportCommandLine;

/**
 * Both sides in one process on the ledger's own embedded PostgreSQL: what a municipality runs
 * by default. {@code import FILE …} imports a file instead and exits (docs/import-formats.md);
 * {@code verify BUNDLE [--key KEY]} checks a proof bundle offline (signatures, proofs, and the plan's
 * state rebuilt from its events), exit 0 only if all of it holds; {@code export-proof PLAN FILE …}
 * writes a plan's proof bundle;
 * {@code export-all FILE} and {@code restore FILE} write and restore the verified backup.
 */
@LedgerApplication
public class LedgerStandalone {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            // offline: no database, no Spring, only the bundle and the key
            System.exit(VerifyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, new OfflinePlanStates()));
        }
        if (args.length > 0 && args[0].equals("export-proof")) {
            System.exit(ProofExportCommandLine.run(LedgerStandalone.class, Arrays.copyOfRange(args, 1, args.length),
                    System.out));
        }
        if (args.length > 0 && (args[0].equals("export-all") || args[0].equals("restore"))) {
            System.exit(BackupCommandLine.run(LedgerStandalone.class, args[0], Arrays.copyOfRange(args, 1, args.length),
                    System.out));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommandLine.run(LedgerStandalone.class, Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
        }
        SpringApplication.run(LedgerStandalone.class, args);
    }
}
