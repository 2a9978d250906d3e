package se.ledger.command;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import se.ledger.events.Correction;
import se.ledger.events.LedgerEvent;

/**
 * Every aggregate's memory of its own events, so that a correction can only supersede an event
 * of the same entity and kind, and only once. Lives as an aggregate member because Axon hands
 * every event to members as well as to the aggregate's own handler.
 */
@SnapshotState
public class EventHistory {

    private final Map<String, Class<?>> kinds = new HashMap<>();
    private final Map<String, String> correctedBy = new HashMap<>();

    @EventSourcingHandler
    void on(LedgerEvent event, @MessageIdentifier String eventId) {
        kinds.put(eventId, event.getClass());
        if (event.correction() != null) {
            correctedBy.put(event.correction().eventId(), eventId);
        }
    }

    /** Checks a correction (if any) against this entity's events; the kind must match. */
    public void checkCorrection(Correction correction, Class<? extends LedgerEvent> kind) {
        if (correction == null) {
            return;
        }
        CorrectionReason.check(correction.reason());
        Class<?> corrected = kinds.get(correction.eventId());
        if (corrected == null) {
            throw new RuleViolation("corrects", "Händelsen " + correction.eventId() + " hör inte till detta objekt.");
        }
        if (!corrected.equals(kind)) {
            throw new RuleViolation("corrects", "Händelsen " + correction.eventId() + " är av typen "
                    + corrected.getSimpleName() + " och kan inte rättas med " + kind.getSimpleName() + ".");
        }
        String later = correctedBy.get(correction.eventId());
        if (later != null) {
            throw new RuleViolation("corrects", "Händelsen " + correction.eventId()
                    + " är redan rättad av " + later + "; rätta den i stället.");
        }
    }

    public boolean isCorrected(String eventId) {
        return correctedBy.containsKey(eventId);
    }
}
