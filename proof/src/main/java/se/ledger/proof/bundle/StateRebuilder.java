package se.ledger.proof.bundle;

/**
 * Rebuilds the plan view a bundle is about from the bundle's events alone and gives its state
 * digest, as the ledger sealed it in the report's receipt. The rules live with the ledger's read
 * side, so the verifier is handed them; without one, the state is not checked.
 */
@FunctionalInterface
public interface StateRebuilder {

    /** @throws IllegalArgumentException when the events cannot be rebuilt (the message says why, in Swedish) */
    String digest(ProofBundle bundle);
}
