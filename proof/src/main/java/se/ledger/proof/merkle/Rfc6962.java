package se.ledger.proof.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The hashing of RFC 6962 §2.1 (RFC 9162 §2.1.1): domain-separated leaves and interior nodes. */
public final class Rfc6962 {

    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    public static final Hash EMPTY_ROOT = Hash.of(digest().digest());

    private Rfc6962() {
    }

    public static Hash leafHash(byte[] leafInput) {
        var digest = digest();
        digest.update(LEAF);
        digest.update(leafInput);
        return Hash.of(digest.digest());
    }

    public static Hash nodeHash(Hash left, Hash right) {
        var digest = digest();
        digest.update(NODE);
        left.feed(digest);
        right.feed(digest);
        return Hash.of(digest.digest());
    }

    /** The largest power of two smaller than {@code n} (n ≥ 2): where RFC 6962 splits a tree. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
