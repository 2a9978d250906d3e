package se.ledger.plan.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import se.ledger.events.LedgerEvent;
import se.ledger.events.TextRedacted;
import se.ledger.plan.query.PlanViews.PlanView;

/**
 * A plan view rebuilt from events alone, without the ledger or its database: the events are
 * projected by the projection's own rules ({@link Assertions}, {@link FactFolding}) into memory,
 * and the view assembled as the API assembles it. What the offline verifier of a proof bundle
 * uses to check a report's sealed state.
 */
public final class PlanRebuild {

    private final Assertions assertions;
    private final MemoryFacts facts;

    /** @param json the application's mapper (as configured by the ledger's defaults): events become values with it */
    public PlanRebuild(ObjectMapper json) {
        this.assertions = new Assertions(json);
        this.facts = new MemoryFacts(json);
    }

    /**
     * Adds one stored event, in the order of the event store.
     *
     * @param position   its global index in the event store (it orders a plan's entities and same-day events)
     * @param recordedAt its stored timestamp
     */
    public void add(LedgerEvent event, String eventId, long position, Instant recordedAt) {
        facts.add(assertions.of(event, eventId, position, MemoryFacts.asStored(recordedAt)));
        if (event instanceof TextRedacted redaction) {
            redact(redaction.redactedEventId(), redaction.field(), RedactedTexts.placeholder(redaction.reason()));
        }
    }

    /** A text whose redaction is not among the events (it came later): it shows as removed, without the reason. */
    public void redact(String eventId, String field, String placeholder) {
        facts.redact(eventId, field, placeholder);
    }

    /** The plan as GET /api/plans/{id}?asOf=&validAt= shows it; today only decides its opening date. */
    public PlanView view(String planId, Instant asOf, LocalDate validAt, LocalDate today) {
        return PlanViewing.view(facts, planId, asOf, validAt, today);
    }
}
