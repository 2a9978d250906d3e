package se.ledger.plan.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import se.ledger.events.EntityKind;
import se.ledger.plan.query.PlanFacts.Shown;
import se.ledger.plan.query.PlanViews.SeriesPoint;
import se.ledger.plan.query.ProjectionBatch.Attribute;
import se.ledger.plan.query.ProjectionBatch.Key;

/**
 * The projection without PostgreSQL: events folded by the same {@link FactFolding} into one batch
 * that is never written, and each read answered as PlanFacts' statement of the same name would
 * answer it from the tables that batch would have filled. What an offline verifier rebuilds a
 * plan view from.
 */
final class MemoryFacts implements PlanReads {

    private static final int GENERATION = 0;

    /** One row of query.fact: valid [validFrom, validTo), recorded [from, to); null ends are open. */
    private record Fact(String planId, EntityKind kind, String entityId, String attribute, JsonNode value,
            LocalDate validFrom, LocalDate validTo, Instant from, Instant to, String eventId, long order) {

        FactRow row() {
            return new FactRow(kind, entityId, attribute, value, validFrom, validTo, eventId);
        }

        boolean knownAt(Instant time) {
            Instant asOf = asStored(time);
            return !asOf.isBefore(from) && (to == null || asOf.isBefore(to));
        }

        boolean validAt(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
        }

        /** valid && daterange(from, to, '[]'); a null from is unbounded. */
        boolean validDuring(LocalDate from, LocalDate to) {
            return !validFrom.isAfter(to) && (validTo == null || from == null || validTo.isAfter(from));
        }

        boolean definitionOf(EntityKind wanted) {
            return kind == wanted && attribute.equals(Timeline.DEFINITION);
        }
    }

    private static final Comparator<Fact> BY_ENTITY = Comparator.comparingLong(Fact::order)
            .thenComparing(Fact::entityId);

    private final FactFolding folding;
    private final ObjectMapper stored;
    private final ProjectionBatch batch = new ProjectionBatch();
    private final Map<String, Map<String, String>> redactions = new HashMap<>();
    private List<Fact> facts;

    MemoryFacts(ObjectMapper json) {
        this.folding = new FactFolding(json);
        this.stored = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** Folds one event's assertion in, in the order of the event store. */
    void add(Assertion assertion) {
        batch.attributes.computeIfAbsent(new Key(GENERATION, assertion.entityId(), assertion.attribute()),
                k -> new Attribute());
        folding.apply(batch, GENERATION, assertion);
        facts = null;
    }

    /** As RedactedTexts does it in the tables: every fact the event stated shows the placeholder instead. */
    void redact(String eventId, String field, String placeholder) {
        redactions.computeIfAbsent(eventId, k -> new LinkedHashMap<>()).put(field, placeholder);
        facts = null;
    }

    /** As PostgreSQL keeps a timestamp: to the microsecond, the rest rounded. */
    static Instant asStored(Instant time) {
        Instant down = time.truncatedTo(ChronoUnit.MICROS);
        return time.getNano() % 1000 >= 500 ? down.plus(1, ChronoUnit.MICROS) : down;
    }

    private List<Fact> facts() {
        if (facts == null) {
            facts = new ArrayList<>();
            for (var insert : batch.inserts) {
                facts.add(new Fact(insert.about.planId(), insert.about.kind(), insert.key.entityId(),
                        insert.key.attribute(), asJsonb(insert.row.value(), insert.row.eventId()),
                        insert.row.validFrom(), insert.row.validTo(), insert.from, insert.to, insert.row.eventId(),
                        insert.order));
            }
        }
        return facts;
    }

    /** The value as the jsonb column gives it back (PlanFacts reads numbers as decimals), redactions applied. */
    private JsonNode asJsonb(JsonNode value, String eventId) {
        try {
            JsonNode read = stored.readTree(value.toString());
            var redacted = redactions.get(eventId);
            if (redacted != null && read instanceof ObjectNode fields) {
                redacted.forEach(fields::put);
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Fact> select(Predicate<Fact> where, Comparator<Fact> order) {
        return facts().stream().filter(where).sorted(order).toList();
    }

    @Override
    public Optional<FactValues.PlanDefinition> planDefinition(String plan, Instant asOf) {
        return select(f -> f.definitionOf(EntityKind.PLAN) && f.entityId().equals(plan) && f.planId().equals(plan)
                        && f.knownAt(asOf), Comparator.comparing(Fact::validFrom).reversed()).stream().findFirst()
                .map(f -> FactValues.read(f.value(), FactValues.PlanDefinition.class));
    }

    @Override
    public List<FactRow> at(String plan, Instant asOf, LocalDate validAt, Shown shown) {
        return select(f -> f.planId().equals(plan) && f.knownAt(asOf) && f.validAt(validAt)
                && shown.shows(f.attribute()), BY_ENTITY).stream().map(Fact::row).toList();
    }

    @Override
    public Map<String, List<SeriesPoint>> series(String plan, Instant asOf, LocalDate validAt) {
        var series = new HashMap<String, List<SeriesPoint>>();
        for (Fact f : select(f -> f.planId().equals(plan) && f.knownAt(asOf) && f.validDuring(null, validAt)
                        && f.attribute().equals(Assertions.MEASUREMENT),
                Comparator.comparing(Fact::entityId).thenComparing(Fact::validFrom))) {
            series.computeIfAbsent(f.entityId(), k -> new ArrayList<>()).add(PlanFacts.point(f.validFrom(), f.value()));
        }
        return series;
    }

    @Override
    public List<PlanFact> goalDefinitions(List<String> goalIds, Instant asOf, LocalDate validAt) {
        var wanted = new HashSet<>(goalIds);
        return select(f -> f.definitionOf(EntityKind.GOAL) && wanted.contains(f.entityId()) && f.knownAt(asOf)
                && f.validAt(validAt), BY_ENTITY).stream().map(f -> new PlanFact(f.planId(), f.row())).toList();
    }

    @Override
    public List<PlanFact> contributingGoals(Instant asOf, LocalDate validAt) {
        return select(f -> f.definitionOf(EntityKind.GOAL) && contributes(f.value()) && f.knownAt(asOf)
                && f.validAt(validAt), BY_ENTITY).stream().map(f -> new PlanFact(f.planId(), f.row())).toList();
    }

    /** As the SQL statement's jsonb test: a non-empty contributesTo. */
    private static boolean contributes(JsonNode definition) {
        var to = FactValues.read(definition, FactValues.GoalDefinition.class).contributesTo();
        return to != null && !to.isEmpty();
    }

    @Override
    public Map<String, List<FactRow>> plans(Collection<String> plans, Instant asOf, LocalDate from, LocalDate to) {
        var found = new LinkedHashMap<String, List<FactRow>>();
        plans.forEach(p -> found.put(p, new ArrayList<>()));
        select(f -> found.containsKey(f.planId()) && f.knownAt(asOf) && f.validDuring(from, to)
                        && Shown.ASSESSED.shows(f.attribute()),
                Comparator.comparing(Fact::planId).thenComparing(BY_ENTITY).thenComparing(Fact::validFrom))
                .forEach(f -> found.get(f.planId()).add(f.row()));
        return found;
    }

    @Override
    public Optional<LocalDate> latestReportDate(String plan, Instant asOf) {
        return batch.logInserts.values().stream()
                .filter(l -> plan.equals(l.assertion.planId())
                        && l.assertion.attribute().startsWith(Assertions.REPORT_PREFIX)
                        && !l.assertion.recordedAt().isAfter(asStored(asOf))
                        && (l.supersededAt == null || l.supersededAt.isAfter(asStored(asOf))))
                .map(l -> l.assertion.effectiveDate()).max(Comparator.naturalOrder());
    }
}
