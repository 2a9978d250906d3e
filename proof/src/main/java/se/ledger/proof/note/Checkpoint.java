package se.ledger.proof.note;

import se.ledger.proof.merkle.Hash;

/**
 * A log checkpoint as C2SP {@code tlog-checkpoint} spells its body: origin, tree size and root hash,
 * one per line. Signed, it is what the ledger publishes and an auditor keeps.
 */
public record Checkpoint(String origin, long size, Hash root) {

    public Checkpoint {
        if (origin == null || origin.isBlank() || origin.contains("\n")) {
            throw new IllegalArgumentException("a checkpoint's origin is one non-empty line");
        }
        if (size < 0) {
            throw new IllegalArgumentException("a tree size is not negative");
        }
    }

    public String text() {
        return origin + "\n" + size + "\n" + root.base64() + "\n";
    }

    public static Checkpoint parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 4 || !lines[lines.length - 1].isEmpty()) {
            throw new NoteFailure("a checkpoint has an origin, a size and a root hash, each on a line");
        }
        try {
            return new Checkpoint(lines[0], Long.parseLong(lines[1]), Hash.fromBase64(lines[2]));
        } catch (IllegalArgumentException e) {
            throw new NoteFailure("not a checkpoint: " + e.getMessage());
        }
    }

    /** The signed note of this checkpoint. */
    public String sign(NoteSigner signer) {
        return signer.sign(text());
    }

    /** The checkpoint a signed note holds, if {@code verifier}'s signature on it holds. */
    public static Checkpoint open(String note, NoteVerifier verifier) {
        return parse(verifier.open(note));
    }
}
