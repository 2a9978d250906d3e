package se.ledger.proof.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code verify BUNDLE [--key VERIFIER_KEY]}: exit 0 when everything verifies, 1 otherwise. */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        return run(args, out, null);
    }

    /** @param states the ledger's read-side rules, to rebuild the plan's state from the events (null: not checked) */
    public static int run(String[] args, PrintStream out, StateRebuilder states) {
        if (args.length != 1 && !(args.length == 3 && "--key".equals(args[1]))) {
            out.println("Användning: verify BEVISPAKET.zip [--key VERIFIERINGSNYCKEL]");
            return 1;
        }
        Path file = Path.of(args[0]);
        try (InputStream in = Files.newInputStream(file)) {
            var result = BundleVerifier.verify(ProofBundle.read(in), args.length == 3 ? args[2] : null, states);
            result.lines().forEach(out::println);
            return result.ok() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            out.println("FEL: bevispaketet " + file + " går inte att läsa: " + e.getMessage());
            out.println("INTE VERIFIERAT");
            return 1;
        }
    }
}
