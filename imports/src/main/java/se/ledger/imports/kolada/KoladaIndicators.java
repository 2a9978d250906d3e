package se.ledger.imports.kolada;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.ledger.events.IndicatorDefined;
import se.ledger.events.IndicatorRevised;
import se.ledger.events.KoladaRef;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.MeasurementSource;
import se.ledger.events.PlanId;

/**
 * A plan's indicators that are connected to Kolada, with the values fetched before, read from the event
 * store (the command side's own truth; inside the import's transaction it also shows what the import sent).
 */
@Component
class KoladaIndicators {

    /**
     * @param standing per effective date, the measurement that now stands for the value Kolada gave for that
     *                 year (the last of its corrections)
     */
    record Connected(String indicatorId, KoladaRef kolada, LocalDate validTo, Map<LocalDate, Standing> standing) {
    }

    /** @param fetched false when a person corrected the fetched value by hand: the import leaves it alone */
    record Standing(String eventId, BigDecimal value, boolean fetched) {
    }

    private final JdbcClient jdbc;
    private final EventStore events;

    KoladaIndicators(JdbcClient jdbc, EventStore events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    List<Connected> of(PlanId plan) {
        var connected = new ArrayList<Connected>();
        for (String id : jdbc.sql("SELECT id FROM command.entity WHERE plan_id = ? AND kind = 'INDICATOR' ORDER BY id")
                .param(plan.value()).query(String.class).list()) {
            var indicator = fold(id);
            if (indicator.kolada() != null) {
                connected.add(indicator);
            }
        }
        return connected;
    }

    /** The plans that have indicators at all: the schedule asks each for its connected ones. */
    List<String> plans() {
        return jdbc.sql("SELECT DISTINCT plan_id FROM command.entity WHERE kind = 'INDICATOR' ORDER BY plan_id")
                .query(String.class).list();
    }

    // from sequence 0: without it the stream would start at a snapshot, whose payload is the aggregate
    private Connected fold(String id) {
        KoladaRef defined = null;
        KoladaRef revised = null;
        LocalDate validTo = null;
        // the measurements of each chain of corrections that began with a fetched value, by event id
        var chains = new HashMap<String, MeasurementRecorded>();
        var corrected = new HashSet<String>();
        var messages = events.readEvents(id, 0).asStream().toList();
        for (DomainEventMessage<?> message : messages) {
            Object payload = message.getPayload();
            if (payload instanceof IndicatorDefined d) {
                defined = d.kolada();
            } else if (payload instanceof IndicatorRevised r) {
                validTo = r.validTo() != null ? r.validTo() : validTo;
                revised = r.kolada() != null ? r.kolada() : revised;
            } else if (payload instanceof MeasurementRecorded m) {
                String earlier = m.correction() == null ? null : m.correction().eventId();
                if (earlier != null) {
                    corrected.add(earlier);
                }
                if (m.source() == MeasurementSource.KOLADA || (earlier != null && chains.containsKey(earlier))) {
                    chains.put(message.getIdentifier(), m);
                }
            }
        }
        KoladaRef kolada = revised != null ? revised : defined;
        var standing = new TreeMap<LocalDate, Standing>();
        for (DomainEventMessage<?> message : messages) {
            var m = chains.get(message.getIdentifier());
            if (m != null && !corrected.contains(message.getIdentifier())) {
                boolean fetched = m.source() == MeasurementSource.KOLADA;
                if (!fetched || kolada == null || kolada.equals(m.kolada())) {
                    standing.put(m.effectiveDate(), new Standing(message.getIdentifier(), m.value(), fetched));
                }
            }
        }
        return new Connected(id, kolada, validTo, standing);
    }
}
