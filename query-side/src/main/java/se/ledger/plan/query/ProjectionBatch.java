package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the projection knows and will write for one batch of events, so that a batch costs a few
 * statements instead of several per event: the entities' standing assertions, open facts and
 * order, read when the batch starts; the rows to write, sent as JDBC batches when it commits.
 * It lives only as long as the batch's unit of work: a rolled-back batch takes it along, and its
 * retry reads the database afresh.
 */
final class ProjectionBatch {

    record Key(int generation, String entityId, String attribute) {
    }

    record EntityKey(int generation, String entityId) {
    }

    record EventKey(int generation, String eventId) {
    }

    /** An open fact; values compare as JSON trees (jsonb prints keys in its own order). */
    record Row(LocalDate validFrom, LocalDate validTo, JsonNode value, String eventId) {
    }

    /** An attribute's standing assertions and open facts; a fact this batch inserts maps to its insert. */
    static final class Attribute {
        final List<Assertion> standing = new ArrayList<>();
        final Map<Row, FactInsert> open = new HashMap<>();
    }

    static final class LogInsert {
        final int generation;
        final Assertion assertion;
        final long position;
        Instant supersededAt;
        String supersededBy;

        LogInsert(int generation, Assertion assertion, long position) {
            this.generation = generation;
            this.assertion = assertion;
            this.position = position;
        }
    }

    record Supersede(int generation, String eventId, Instant at, String by) {
    }

    record FactClose(Key key, String eventId, LocalDate validFrom, Instant at) {
    }

    static final class FactInsert {
        final Key key;
        final Assertion about;
        final Row row;
        final Instant from;
        final long order;
        Instant to;

        FactInsert(Key key, Assertion about, Row row, Instant from, long order) {
            this.key = key;
            this.about = about;
            this.row = row;
            this.from = from;
            this.order = order;
        }
    }

    final Set<String> prepared = new HashSet<>();
    final Map<String, Long> positions = new HashMap<>();
    final Set<EventKey> logged = new HashSet<>();
    final Map<Key, Attribute> attributes = new HashMap<>();
    final Map<EntityKey, Long> order = new HashMap<>();

    final Map<EventKey, LogInsert> logInserts = new java.util.LinkedHashMap<>();
    final List<Supersede> supersedes = new ArrayList<>();
    final List<FactClose> closes = new ArrayList<>();
    final List<FactInsert> inserts = new ArrayList<>();

    long position(Assertion a) {
        return positions.getOrDefault(a.eventId(), a.position());
    }

    boolean superseded(int generation, String eventId) {
        return supersedes.stream().anyMatch(s -> s.generation() == generation && s.eventId().equals(eventId));
    }

    boolean isEmpty() {
        return logInserts.isEmpty() && supersedes.isEmpty() && closes.isEmpty() && inserts.isEmpty();
    }
}
