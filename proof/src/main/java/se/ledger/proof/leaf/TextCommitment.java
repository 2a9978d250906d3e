package se.ledger.proof.leaf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A free text committed to by SHA-256(salt ‖ UTF-8 text) instead of by its bytes. While the text and
 * its salt are kept, anyone can recompute the commitment; once both are erased (a redaction) the
 * commitment alone keeps every proof valid and reveals nothing guessable about the text.
 */
public record TextCommitment(String committed) {

    static final String PREFIX = "salted-sha256:";

    public TextCommitment {
        if (committed == null || !committed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a text commitment reads " + PREFIX + "<base64>");
        }
    }

    public static TextCommitment of(byte[] salt, String text) {
        if (salt.length < 16) {
            throw new IllegalArgumentException("a salt has at least 16 bytes");
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return new TextCommitment(PREFIX + Base64.getEncoder().encodeToString(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(byte[] salt, String text) {
        return MessageDigest.isEqual(of(salt, text).committed.getBytes(StandardCharsets.US_ASCII),
                committed.getBytes(StandardCharsets.US_ASCII));
    }
}
