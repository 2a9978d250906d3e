package se.ledger.proof.bundle;

/**
 * What a bundle is about: the plan, the moment (a report's, or any asOf/validAt), and the
 * checkpoint its proofs lead to.
 */
public record BundleManifest(String format, String origin, String planId, String reportId, String reportTitle,
        String asOf, String validAt, long checkpointSize, String checkpointRoot, String stateDigest) {

    public static final String FORMAT = "uppfoljningsliggaren-bevispaket/1";
}
