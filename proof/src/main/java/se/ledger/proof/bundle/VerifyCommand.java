package se.ledger.proof.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code verify BUNDLE [--key VERIFIER_KEY]}, once its arguments are read (ledger.jar reads them): prints
 * what held in Swedish; exit code 0 when everything verifies, 1 otherwise.
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    /**
     * @param key the verifier key the auditor got from the ledger beforehand; null to take the bundle's
     * @param states the ledger's read-side rules, to rebuild the plan's state from the events (null: not checked)
     */
    public static int run(Path bundle, String key, PrintStream out, StateRebuilder states) {
        try (InputStream in = Files.newInputStream(bundle)) {
            var result = BundleVerifier.verify(ProofBundle.read(in), key, states);
            result.lines().forEach(out::println);
            return result.ok() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            out.println("FEL: bevispaketet " + bundle + " går inte att läsa: " + e.getMessage());
            out.println("INTE VERIFIERAT");
            return 1;
        }
    }
}
