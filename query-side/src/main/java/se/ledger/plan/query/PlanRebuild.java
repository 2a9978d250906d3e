package se.ledger.plan.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
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
     * The application's mapper as the ledger's defaults configure it (ledger-defaults.properties,
     * spring.jackson.*), for a rebuild without Spring: an event read from its stored payload, or turned
     * into values, comes out as in the ledger. Its time zone is left out: that only touches java.util
     * dates, which no event and no plan view carries, so a plan's state does not depend on ledger.zone.
     */
    public static ObjectMapper applicationMapper() {
        return Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL).build();
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
