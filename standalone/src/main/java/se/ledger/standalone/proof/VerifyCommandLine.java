package se.ledger.standalone.proof;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.ledger.proof.bundle.VerifyCommand;
import se.ledger.proof.receipts.OfflinePlanStates;

/**
 * {@code verify BUNDLE [--key KEY]}: offline, with no database and no Spring, only the bundle, the key and
 * the read side's rules to rebuild the plan's state from the bundle's events.
 */
@Command(name = "verify", description = {"Kontrollerar ett bevispaket utan liggare och databas: kontrollpunktens "
        + "signatur, varje händelses bevis, att kvittot har alla planens händelser, och planens läge återskapat "
        + "ur händelserna.", "Slutkod 0 bara om allt stämmer."})
public final class VerifyCommandLine implements Callable<Integer> {

    @Parameters(paramLabel = "BEVISPAKET.zip", description = "Bevispaketet som ska kontrolleras.")
    private Path bundle;
    @Option(names = "--key", paramLabel = "VERIFIERINGSNYCKEL",
            description = "Liggarens publicerade nyckel, som kontrollpunktens signatur ska stämma med "
                    + "(utan den: paketets egen nyckel).")
    private String key;

    private final PrintStream out;

    public VerifyCommandLine(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        return VerifyCommand.run(bundle, key, out, new OfflinePlanStates());
    }
}
