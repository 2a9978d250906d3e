package se.ledger.proof.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.ledger.proof.note.NoteSigner;
import se.ledger.proof.note.NoteVerifier;

/**
 * The ledger's signing key: configured, or read from its file, or generated into it on first start.
 * It lives outside the database on purpose: whoever can rewrite the database must not be able to
 * sign a checkpoint for the rewritten history.
 */
@Component
public class LedgerKey {

    private static final Logger log = LoggerFactory.getLogger(LedgerKey.class);

    private final NoteSigner signer;

    LedgerKey(ProofProperties properties, @Value("${ledger.data-dir:ledger-data}") Path dataDir) {
        this.signer = properties.privateKey() != null && !properties.privateKey().isBlank()
                ? NoteSigner.fromPrivateKey(properties.privateKey())
                : fromFile(properties.keyFile() != null ? properties.keyFile() : dataDir.resolve("proof-signing-key"),
                        properties.origin());
        log.info("Liggarens offentliga nyckel (verifierare): {}", signer.verifier().verifierKey());
    }

    public NoteSigner signer() {
        return signer;
    }

    public NoteVerifier verifier() {
        return signer.verifier();
    }

    private static NoteSigner fromFile(Path file, String origin) {
        try {
            if (Files.exists(file)) {
                return NoteSigner.fromPrivateKey(Files.readString(file, StandardCharsets.US_ASCII));
            }
            var generated = NoteSigner.generate(origin);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(temporary, generated.privateKey() + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own permissions protect it
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            log.info("Ny signeringsnyckel skapad i {}", file.toAbsolutePath());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("the ledger's signing key cannot be read or written at " + file, e);
        }
    }
}
