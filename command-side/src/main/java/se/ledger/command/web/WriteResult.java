package se.ledger.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer to every write: the entity, the stored event, the entity's new version (for
 * If-Match) and the event's global position (for the read side's minPosition).
 */
@Schema(example = "{\"id\":\"a1\",\"eventId\":\"5f0c7a1e-8d2b-4a57-9a43-0d5d2e6b1c2f\",\"version\":3,"
        + "\"position\":1042}")
public record WriteResult(String id, String eventId, long version, Long position, String decisionId,
        String reportId, Instant issuedAt) {
    public WriteResult(String id, String eventId, long version, Long position) {
        this(id, eventId, version, position, null, null, null);
    }

    public WriteResult(String id, String eventId, long version, Long position, String decisionId) {
        this(id, eventId, version, position, decisionId, null, null);
    }

    public WriteResult withDecisionId(String decisionId) {
        return new WriteResult(id, eventId, version, position, decisionId, reportId, issuedAt);
    }

    /** A report is issued at its event's recorded time: the instant its content is fixed at. */
    public WriteResult withReport(String reportId, Instant issuedAt) {
        return new WriteResult(id, eventId, version, position, decisionId, reportId, issuedAt);
    }

    /** The version goes out as the ETag, for the client's next If-Match. */
    ResponseEntity<WriteResult> toResponse(HttpStatus status, String location) {
        var response = ResponseEntity.status(status).eTag("\"" + version + "\"");
        if (location != null) {
            response.location(URI.create(location));
        }
        return response.body(this);
    }
}
