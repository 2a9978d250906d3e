package se.ledger.proof.leaf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The digest of a plan view: SHA-256 of its RFC 8785 form, so that the ledger and an offline
 * verifier that rebuilt the view agree whatever order or spacing their JSON came out in.
 */
public final class StateDigest {

    public static final String PREFIX = "sha256:";

    private StateDigest() {
    }

    public static String of(String json) {
        try {
            byte[] canonical = new JsonCanonicalizer(json).getEncodedUTF8();
            return PREFIX + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException e) {
            throw new UncheckedIOException("a plan view that is not JSON", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
