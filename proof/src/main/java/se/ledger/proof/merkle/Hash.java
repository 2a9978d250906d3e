package se.ledger.proof.merkle;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** A SHA-256 value: a leaf, a node or a root of the log. Standard base64 is how the API and notes spell it. */
public final class Hash {

    public static final int SIZE = 32;

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Hash of(byte[] bytes) {
        if (bytes == null || bytes.length != SIZE) {
            throw new IllegalArgumentException("a SHA-256 value has " + SIZE + " bytes, not "
                    + (bytes == null ? "none" : bytes.length));
        }
        return new Hash(bytes.clone());
    }

    public static Hash fromBase64(String text) {
        return of(Base64.getDecoder().decode(text));
    }

    public static Hash fromHex(String text) {
        return of(HexFormat.of().parseHex(text));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    void feed(MessageDigest digest) {
        digest.update(bytes);
    }

    @Override
    public boolean equals(Object other) {
        // constant time: a verifier compares attacker-supplied values with these
        return other instanceof Hash hash && MessageDigest.isEqual(bytes, hash.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return base64();
    }
}
