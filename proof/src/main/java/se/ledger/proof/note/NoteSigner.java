package se.ledger.proof.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;

/**
 * The ledger's Ed25519 key, signing notes as C2SP {@code signed-note} does. The key is kept as the
 * note format's private key string ({@code PRIVATE+KEY+name+id+base64(0x01 ‖ seed)}).
 */
public final class NoteSigner {

    private final String name;
    private final byte[] seed;
    private final KeyPair pair;
    private final NoteVerifier verifier;

    private NoteSigner(String name, byte[] seed) {
        this.name = KeyName.requireValid(name);
        this.seed = seed.clone();
        this.pair = Ed25519Keys.fromSeed(seed);
        this.verifier = new NoteVerifier(name, Ed25519Keys.raw(pair.getPublic()));
    }

    public static NoteSigner generate(String name) {
        return new NoteSigner(name, Ed25519Keys.randomSeed());
    }

    public static NoteSigner fromPrivateKey(String key) {
        // the key's base64 may itself hold a "+"
        String[] parts = key.strip().split("\\+", 5);
        if (parts.length != 5 || !"PRIVATE".equals(parts[0]) || !"KEY".equals(parts[1])) {
            throw new IllegalArgumentException("not a note private key (PRIVATE+KEY+name+id+key)");
        }
        byte[] raw = Base64.getDecoder().decode(parts[4]);
        if (raw.length != 33 || raw[0] != KeyName.ED25519) {
            throw new IllegalArgumentException("not an Ed25519 note private key");
        }
        var signer = new NoteSigner(parts[2], java.util.Arrays.copyOfRange(raw, 1, 33));
        if (!String.format("%08x", signer.verifier.keyId()).equals(parts[3])) {
            throw new IllegalArgumentException("the private key's id does not match its name and key");
        }
        return signer;
    }

    public String privateKey() {
        byte[] raw = new byte[33];
        raw[0] = KeyName.ED25519;
        System.arraycopy(seed, 0, raw, 1, 32);
        return "PRIVATE+KEY+" + name + "+" + String.format("%08x", verifier.keyId()) + "+"
                + Base64.getEncoder().encodeToString(raw);
    }

    public NoteVerifier verifier() {
        return verifier;
    }

    /** The note: the text (ending in a newline), a blank line, and this key's signature line. */
    public String sign(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("a note's text ends with a newline");
        }
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initSign(pair.getPrivate());
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] sig = signature.sign();
            byte[] line = ByteBuffer.allocate(4 + sig.length).putInt(verifier.keyId()).put(sig).array();
            return text + "\n— " + name + " " + Base64.getEncoder().encodeToString(line) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }
}
