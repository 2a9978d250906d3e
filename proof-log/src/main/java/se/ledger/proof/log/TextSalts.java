package se.ledger.proof.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.ledger.proof.leaf.FreeTexts;
import se.ledger.proof.leaf.TextCommitment;

/** The salts that commit the events' free texts ({@link FreeTexts}): drawn when a leaf is appended, kept beside it. */
@Component
class TextSalts {

    record Salt(long globalIndex, String field, byte[] salt) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();

    TextSalts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Commitments for an event's texts: those the log already keeps (a restored backup brings its
     * salts and redactions, so the leaves come out the same), else new salts, returned for insertion.
     */
    List<Salt> draw(StoredEvent event, Map<String, TextCommitment> existing, Map<String, TextCommitment> into) {
        var salts = new ArrayList<Salt>();
        into.putAll(existing);
        texts(event).forEach((field, text) -> {
            if (!existing.containsKey(field)) {
                byte[] salt = new byte[32];
                random.nextBytes(salt);
                salts.add(new Salt(event.globalIndex(), field, salt));
                into.put(field, TextCommitment.of(salt, text));
            }
        });
        return salts;
    }

    void insert(List<Salt> salts) {
        jdbc.batchUpdate("INSERT INTO proof.text_salt (global_index, field, salt) VALUES (?, ?, ?)",
                salts.stream().map(s -> new Object[] {s.globalIndex(), s.field(), s.salt()}).toList());
    }

    /** The commitments of stored events' texts: recomputed from their salts, or kept by a redaction. */
    Map<Long, Map<String, TextCommitment>> commitments(Collection<StoredEvent> events) {
        var out = salted(events);
        jdbc.query("SELECT global_index, field, commitment FROM proof.redaction WHERE global_index = ANY (?)", rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                    new TextCommitment(rs.getString(3)));
        }, (Object) events.stream().map(StoredEvent::globalIndex).toArray(Long[]::new));
        return out;
    }

    private Map<Long, Map<String, TextCommitment>> salted(Collection<StoredEvent> events) {
        var byIndex = new HashMap<Long, StoredEvent>();
        events.forEach(e -> byIndex.put(e.globalIndex(), e));
        var out = new HashMap<Long, Map<String, TextCommitment>>();
        jdbc.query("SELECT global_index, field, salt FROM proof.text_salt WHERE global_index = ANY (?)", rs -> {
            var event = byIndex.get(rs.getLong(1));
            String text = texts(event).get(rs.getString(2));
            if (text != null) {
                out.computeIfAbsent(event.globalIndex(), k -> new HashMap<>())
                        .put(rs.getString(2), TextCommitment.of(rs.getBytes(3), text));
            }
        }, (Object) byIndex.keySet().toArray(Long[]::new));
        return out;
    }

    /** The event's free texts that are there (a null field commits nothing). */
    Map<String, String> texts(StoredEvent event) {
        var found = new HashMap<String, String>();
        List<String> fields = FreeTexts.of(event.type());
        if (fields.isEmpty()) {
            return found;
        }
        try {
            JsonNode payload = json.readTree(event.payload());
            for (String field : fields) {
                JsonNode value = payload.get(field);
                if (value != null && value.isTextual()) {
                    found.put(field, value.asText());
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("event " + event.eventId() + " has no JSON payload", e);
        }
        return found;
    }
}
