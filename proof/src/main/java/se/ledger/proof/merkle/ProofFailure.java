package se.ledger.proof.merkle;

/** A proof that does not hold: the message says which step failed. */
public final class ProofFailure extends RuntimeException {

    public ProofFailure(String message) {
        super(message);
    }
}
