package se.ledger.standalone.processes;

import java.io.IOException;
import se.ledger.standalone.LedgerStandalone;

/**
 * The standalone ledger in a child JVM that dies with the test's JVM: its standard input is a
 * pipe from the test, which the operating system closes when the test's JVM ends in any way
 * (even SIGKILL), so a test that dies leaves no ledger running behind it: the ledger shuts down as on
 * SIGTERM, stopping its embedded PostgreSQL.
 */
public final class ChildMain {

    private ChildMain() {
    }

    public static void main(String[] args) {
        var watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // nothing is ever sent; only the end of the pipe matters
                }
            } catch (IOException e) {
                // a broken pipe is the end of the parent too
            }
            // exit, not halt: Process.destroy() sends SIGTERM and then closes this pipe, and a halt
            // would cut short the shutdown that the SIGTERM started (leaving PostgreSQL running)
            System.exit(137);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        LedgerStandalone.main(args);
    }
}
