package se.ledger.standalone.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param importSample import the Vaggeryd sample when the ledger starts with an empty event store, so a
 *                     newcomer sees a real plan at once; tests and real installations turn it off
 */
@ConfigurationProperties(prefix = "ledger")
public record SampleImportProperties(Boolean importSample) {
    public SampleImportProperties {
        importSample = importSample == null || importSample;
    }
}
