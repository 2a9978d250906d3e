package se.ledger.proof.bundle;

/**
 * What a bundle is about: the plan, the moment (a report's, or any asOf/validAt), the checkpoint
 * its proofs lead to, and for a sealed report its signed receipt (null otherwise).
 */
public record BundleManifest(String format, String origin, String planId, String reportId, String reportTitle,
        String asOf, String validAt, long checkpointSize, String checkpointRoot, String stateDigest,
        String receiptNote) {

    public static final String FORMAT = "uppfoljningsliggaren-bevispaket/1";
}
