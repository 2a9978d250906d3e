package se.ledger.proof.leaf;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import se.ledger.proof.merkle.Hash;

/**
 * Which events a report's plan consisted of: their number and SHA-256 over their leaf hashes in
 * leaf order. Sealed in the report's receipt, it shows a bundle that leaves an event out, which
 * inclusion proofs alone cannot (each remaining event still proves its place).
 */
public record PlanEvents(int count, String digest) {

    public static PlanEvents of(List<Hash> leafHashes) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            leafHashes.forEach(h -> sha.update(h.bytes()));
            return new PlanEvents(leafHashes.size(), "sha256:" + Base64.getEncoder().encodeToString(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the receipt's line reads: {@code händelser N sha256:…}. */
    public String line() {
        return "händelser " + count + " " + digest;
    }
}
