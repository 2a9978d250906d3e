package se.ledger.proof.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;

/** A public key as a C2SP verifier key ({@code name+id+base64(0x01 ‖ key)}), opening signed notes. */
public final class NoteVerifier {

    private final String name;
    private final byte[] publicKey;
    private final int keyId;

    NoteVerifier(String name, byte[] publicKey) {
        this.name = KeyName.requireValid(name);
        this.publicKey = publicKey.clone();
        this.keyId = KeyName.keyId(name, publicKey);
        Ed25519Keys.publicKey(publicKey);
    }

    public static NoteVerifier fromVerifierKey(String key) {
        // the key's base64 may itself hold a "+"
        String[] parts = key.strip().split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a note verifier key (name+id+key)");
        }
        byte[] raw = Base64.getDecoder().decode(parts[2]);
        if (raw.length != 33 || raw[0] != KeyName.ED25519) {
            throw new IllegalArgumentException("not an Ed25519 note verifier key");
        }
        var verifier = new NoteVerifier(parts[0], Arrays.copyOfRange(raw, 1, 33));
        if (!String.format("%08x", verifier.keyId).equals(parts[1])) {
            throw new IllegalArgumentException("the verifier key's id does not match its name and key");
        }
        return verifier;
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String verifierKey() {
        byte[] raw = new byte[33];
        raw[0] = KeyName.ED25519;
        System.arraycopy(publicKey, 0, raw, 1, 32);
        return name + "+" + String.format("%08x", keyId) + "+" + Base64.getEncoder().encodeToString(raw);
    }

    /** The note's text, if one of its signature lines is this key's and holds; otherwise a failure saying why. */
    public String open(String note) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new NoteFailure("not a signed note: no blank line before the signatures");
        }
        String text = note.substring(0, split + 1);
        for (String line : note.substring(split + 2).split("\n")) {
            if (!line.startsWith("— ")) {
                throw new NoteFailure("not a signature line: " + line);
            }
            String[] fields = line.substring(2).split(" ");
            if (fields.length != 2 || !fields[0].equals(name)) {
                continue;
            }
            byte[] raw = Base64.getDecoder().decode(fields[1]);
            if (raw.length != 4 + 64 || ByteBuffer.wrap(raw).getInt() != keyId) {
                continue;
            }
            if (verifies(text, Arrays.copyOfRange(raw, 4, raw.length))) {
                return text;
            }
            throw new NoteFailure("the signature of " + name + " does not match the note's text");
        }
        throw new NoteFailure("the note carries no signature by " + name + "+" + String.format("%08x", keyId));
    }

    private boolean verifies(String text, byte[] signature) {
        try {
            var check = Signature.getInstance("Ed25519");
            check.initVerify(Ed25519Keys.publicKey(publicKey));
            check.update(text.getBytes(StandardCharsets.UTF_8));
            return check.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
