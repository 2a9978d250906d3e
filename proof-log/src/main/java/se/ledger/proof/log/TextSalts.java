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
     * Salts for an event's texts: those already kept (a restored backup brings its own, so the leaves
     * come out the same), else new ones to insert, returned. The commitments go in {@code into}.
     */
    List<Salt> draw(StoredEvent event, Map<String, byte[]> kept, Map<String, TextCommitment> into) {
        var salts = new ArrayList<Salt>();
        texts(event).forEach((field, text) -> {
            byte[] salt = kept.get(field);
            if (salt == null) {
                salt = new byte[32];
                random.nextBytes(salt);
                salts.add(new Salt(event.globalIndex(), field, salt));
            }
            into.put(field, TextCommitment.of(salt, text));
        });
        return salts;
    }

    /** The salts kept for these events, by event and field. */
    Map<Long, Map<String, byte[]>> kept(Collection<Long> globalIndexes) {
        var found = new HashMap<Long, Map<String, byte[]>>();
        jdbc.query("SELECT global_index, field, salt FROM proof.text_salt WHERE global_index = ANY (?)", rs -> {
            found.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBytes(3));
        }, (Object) globalIndexes.toArray(Long[]::new));
        return found;
    }

    void insert(List<Salt> salts) {
        jdbc.batchUpdate("INSERT INTO proof.text_salt (global_index, field, salt) VALUES (?, ?, ?)",
                salts.stream().map(s -> new Object[] {s.globalIndex(), s.field(), s.salt()}).toList());
    }

    /** The commitments of stored events' texts, recomputed from their salts. */
    Map<Long, Map<String, TextCommitment>> commitments(Collection<StoredEvent> events) {
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
