package se.ledger.reports.document;

/**
 * The proof log's checkpoint a report stands on (size null: the log had none yet), as the footer
 * of every page shows it, with the one line that tells how to check the report against it.
 */
public record ReportCheckpoint(Long size, String rootHash, String bundlePath) {

    private static final int ROOT_PREFIX = 16;

    public static ReportCheckpoint none(String bundlePath) {
        return new ReportCheckpoint(null, null, bundlePath);
    }

    public String line() {
        if (size == null) {
            return "Kontrollpunkt: ingen kontrollpunkt ännu";
        }
        String prefix = rootHash.length() > ROOT_PREFIX ? rootHash.substring(0, ROOT_PREFIX) + "…" : rootHash;
        return "Kontrollpunkt: " + size + " löv, rot " + prefix;
    }

    public String verifyLine() {
        return "Verifiera: java -jar ledger.jar verify <bevispaket> --key <nyckel> (bevispaket: " + bundlePath + ")";
    }
}
