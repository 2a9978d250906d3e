package se.ledger.proof.note;

/** A signed note that does not open with the key it was checked against. */
public final class NoteFailure extends RuntimeException {

    public NoteFailure(String message) {
        super(message);
    }
}
