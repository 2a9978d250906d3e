package se.ledger.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contents imported so far, by SHA-256. The claim is an insert in the import's own transaction: a
 * concurrent import of the same bytes waits on it, then finds the first import's summary.
 */
@Component
class ImportLog {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ImportLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ImportSummary> find(String sha256) {
        return jdbc.sql("SELECT summary FROM command.import_log WHERE content_sha256 = ? AND summary IS NOT NULL")
                .param(sha256).query(String.class).optional().map(this::read);
    }

    /** Empty if this content may be imported now; otherwise the earlier import's summary. */
    Optional<ImportSummary> claim(String sha256, String fileName, ImportFormat format) {
        int inserted = jdbc.sql("INSERT INTO command.import_log (content_sha256, file_name, format) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(sha256, fileName, format.parameter()).update();
        return inserted == 1 ? Optional.empty() : find(sha256);
    }

    void complete(String sha256, ImportSummary summary) {
        jdbc.sql("UPDATE command.import_log SET summary = ? WHERE content_sha256 = ?")
                .params(write(summary), sha256).update();
    }

    private ImportSummary read(String text) {
        try {
            return json.readValue(text, ImportSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored import summary unreadable", e);
        }
    }

    private String write(ImportSummary summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
