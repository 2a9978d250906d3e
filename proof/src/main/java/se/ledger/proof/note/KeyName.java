package se.ledger.proof.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A key's name and 4-byte id as the C2SP signed-note format defines them (golang.org/x/mod/sumdb/note). */
final class KeyName {

    static final byte ED25519 = 0x01;

    private KeyName() {
    }

    static String requireValid(String name) {
        if (name == null || name.isEmpty() || name.contains("+") || name.codePoints().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a key name is non-empty, without spaces or '+': " + name);
        }
        return name;
    }

    /** SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key), first four bytes. */
    static int keyId(String name, byte[] rawPublicKey) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(ED25519);
            digest.update(rawPublicKey);
            return ByteBuffer.wrap(digest.digest()).getInt();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
