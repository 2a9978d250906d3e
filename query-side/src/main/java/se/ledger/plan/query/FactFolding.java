package se.ledger.plan.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import se.ledger.plan.query.ProjectionBatch.EntityKey;
import se.ledger.plan.query.ProjectionBatch.EventKey;
import se.ledger.plan.query.ProjectionBatch.FactClose;
import se.ledger.plan.query.ProjectionBatch.FactInsert;
import se.ledger.plan.query.ProjectionBatch.Key;
import se.ledger.plan.query.ProjectionBatch.LogInsert;
import se.ledger.plan.query.ProjectionBatch.Row;
import se.ledger.plan.query.ProjectionBatch.Supersede;

/**
 * The projection's rule for one event, without storage: the event is logged, what it corrected
 * stops standing, and its attribute's facts become its timeline again (a fact no longer wanted is
 * closed at the event's recorded time, a new one opened). The database's projection and the
 * offline verifier's rebuild ({@link MemoryFacts}) both fold events with it.
 */
final class FactFolding {

    private final ObjectMapper json;
    private final ObjectMapper plainNumbers;

    FactFolding(ObjectMapper json) {
        this.json = json;
        this.plainNumbers = json.copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /**
     * Logs the assertion and brings the attribute's open facts in line with its timeline, in the
     * batch's memory: the batch must hold what the attribute stood at (FactStore.prepare reads it
     * from the database; a rebuild in memory holds all of it). Nothing changes when the timeline cannot be made (the event is dead-lettered).
     */
    void apply(ProjectionBatch batch, int generation, Assertion a) {
        var eventKey = new EventKey(generation, a.eventId());
        if (batch.logged.contains(eventKey)) {
            return;
        }
        var key = new Key(generation, a.entityId(), a.attribute());
        var attribute = batch.attributes.get(key);
        long position = batch.position(a);
        // the value as the log gives it back (jsonb prints 9E+1 as 90), as a later batch would read it
        var positioned = new Assertion(a.eventId(), position, a.planId(), a.kind(), a.entityId(), a.type(),
                a.attribute(), asStored(a.value()), a.effectiveDate(), a.recordedAt(), a.actor(), a.data(),
                a.corrects(), a.correctionReason());
        var standing = new ArrayList<>(attribute.standing);
        standing.removeIf(s -> s.eventId().equals(a.corrects()));
        standing.add(positioned);
        var wanted = new LinkedHashSet<Row>();
        for (Segment s : Timeline.of(a.attribute(), standing)) {
            wanted.add(new Row(s.validFrom(), s.validTo(), read(s.value().toString()), s.eventId()));
        }

        batch.logged.add(eventKey);
        batch.logInserts.put(eventKey, new LogInsert(generation, positioned, position));
        if (a.corrects() != null) {
            supersede(batch, generation, a);
        }
        attribute.standing.clear();
        attribute.standing.addAll(standing);
        long order = batch.order.merge(new EntityKey(generation, a.entityId()), position, Math::min);
        for (var stale : new ArrayList<>(attribute.open.keySet())) {
            if (!wanted.contains(stale)) {
                var inserted = attribute.open.remove(stale);
                if (inserted != null) {
                    inserted.to = a.recordedAt();
                } else {
                    batch.closes.add(new FactClose(key, stale.eventId(), stale.validFrom(), a.recordedAt()));
                }
            }
        }
        for (Row fresh : wanted) {
            if (!attribute.open.containsKey(fresh)) {
                var insert = new FactInsert(key, a, fresh, a.recordedAt(), order);
                batch.inserts.add(insert);
                attribute.open.put(fresh, insert);
            }
        }
    }

    /** The corrected event stops standing, whether the log holds it already or this batch writes it. */
    private static void supersede(ProjectionBatch batch, int generation, Assertion a) {
        for (var entry : batch.attributes.entrySet()) {
            if (entry.getKey().generation() == generation) {
                entry.getValue().standing.removeIf(s -> s.eventId().equals(a.corrects()));
            }
        }
        var pending = batch.logInserts.get(new EventKey(generation, a.corrects()));
        if (pending != null) {
            if (pending.supersededAt == null) {
                pending.supersededAt = a.recordedAt();
                pending.supersededBy = a.eventId();
            }
        } else {
            batch.supersedes.add(new Supersede(generation, a.corrects(), a.recordedAt(), a.eventId()));
        }
    }

    private JsonNode asStored(JsonNode value) {
        try {
            return read(plainNumbers.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
