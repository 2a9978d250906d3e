package se.ledger.proof.log;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.ledger.platform.InvalidInput;
import se.ledger.platform.NotFound;
import se.ledger.proof.leaf.FreeTexts;
import se.ledger.proof.leaf.TextCommitment;

/**
 * Blanks one free text of one stored event, keeping the commitment the log made to it: the text
 * and its salt are deleted, every leaf and proof stays valid. Runs in the transaction that records
 * the redaction as an event of its own.
 */
@Component
public class Redactions {

    /** What a redaction keeps: the commitment, and why. */
    public record Redacted(String eventId, String field, String commitment, String reason) {
    }

    private final JdbcTemplate jdbc;
    private final EventRows rows;
    private final LogTables tables;
    private final TextSalts salts;
    private final Clock clock;

    Redactions(JdbcTemplate jdbc, EventRows rows, LogTables tables, TextSalts salts, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.tables = tables;
        this.salts = salts;
        this.clock = clock;
    }

    /** Checks what a redaction names, before anything is recorded: the event, a free text that is still there. */
    public StoredEvent target(String eventId, String field) {
        var event = rows.byEventIds(List.of(eventId)).stream().findFirst()
                .orElseThrow(() -> new NotFound("Händelsen", eventId));
        if (!FreeTexts.of(event.type()).contains(field)) {
            throw new InvalidInput("field", "Bara fritexter kan tas bort; i " + event.type() + " är det "
                    + (FreeTexts.of(event.type()).isEmpty() ? "inga" : String.join(", ", FreeTexts.of(event.type()))) + ".");
        }
        if (!salts.texts(event).containsKey(field)) {
            throw new InvalidInput("field", "Händelsen har ingen text i " + field + " (redan borttagen?).");
        }
        if (tables.leafOf(event.globalIndex()).isEmpty()) {
            throw new InvalidInput("eventId", "Händelsen är ännu inte inlagd i loggen; försök igen om en stund.");
        }
        return event;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Redacted redact(String eventId, String field, String reason, String redactionEventId) {
        var event = target(eventId, field);
        var commitment = salts.commitments(List.of(event)).getOrDefault(event.globalIndex(), Map.of()).get(field);
        if (commitment == null) {
            throw new IllegalStateException("the log keeps no salt for " + field + " of " + eventId);
        }
        jdbc.queryForObject("SELECT set_config('ledger.redacting', ?, true)", String.class, eventId);
        jdbc.update("UPDATE public.domainevententry SET payload = convert_to(jsonb_set(convert_from(payload, 'UTF8')"
                + "::jsonb, ARRAY[?], 'null'::jsonb)::text, 'UTF8') WHERE eventidentifier = ?", field, eventId);
        jdbc.queryForObject("SELECT set_config('ledger.redacting', '', true)", String.class);
        jdbc.update("DELETE FROM proof.text_salt WHERE global_index = ? AND field = ?", event.globalIndex(), field);
        jdbc.update("INSERT INTO proof.redaction (global_index, field, commitment, reason, redaction_event, redacted_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", event.globalIndex(), field, commitment.committed(), reason,
                redactionEventId, Timestamp.from(clock.instant()));
        return new Redacted(eventId, field, commitment.committed(), reason);
    }
}
