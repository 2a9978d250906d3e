package se.ledger.proof.log;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The log's identity and key.
 *
 * @param origin     the log's name in every checkpoint (C2SP tlog-checkpoint origin), e.g.
 *                   {@code uppfoljning.vaggeryd.se}; also the signing key's name
 * @param keyFile    where the Ed25519 private key is kept (a note private key string), generated
 *                   there on first start; several nodes of one ledger must share it
 * @param privateKey the private key itself, instead of a file (e.g. from a secret store)
 * @param batchSize  events per batch of the log's processor
 */
@ConfigurationProperties(prefix = "ledger.proof")
public record ProofProperties(String origin, Path keyFile, String privateKey, Integer batchSize) {
    public ProofProperties {
        origin = origin == null || origin.isBlank() ? "uppfoljningsliggaren.local" : origin.strip();
        batchSize = batchSize == null ? 200 : batchSize;
    }
}
