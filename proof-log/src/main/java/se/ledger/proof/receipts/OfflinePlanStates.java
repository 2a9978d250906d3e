package se.ledger.proof.receipts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import se.ledger.events.LedgerEvent;
import se.ledger.plan.query.PlanRebuild;
import se.ledger.platform.EventCatalogue;
import se.ledger.proof.bundle.BundleEvent;
import se.ledger.proof.bundle.ProofBundle;
import se.ledger.proof.bundle.StateRebuilder;

/**
 * The state digest of a bundle's plan rebuilt from its events by the read side's own rules
 * ({@link PlanRebuild}), with no ledger and no database: what {@code ledger.jar verify} checks a
 * report's receipt against. Events are read as the ledger reads them from its event store.
 */
public final class OfflinePlanStates implements StateRebuilder {

    /** A text redacted after the bundle's moment: its redaction (and reason) is not among the events. */
    static final String REDACTED = "[borttaget]";

    private final ObjectMapper json = PlanRebuild.applicationMapper();
    private final Map<String, Class<?>> eventTypes = EventCatalogue.classesByName();

    @Override
    public String digest(ProofBundle bundle) {
        var manifest = bundle.manifest();
        var rebuild = new PlanRebuild(json);
        for (BundleEvent event : bundle.events()) {
            event.redacted().keySet().forEach(field -> rebuild.redact(event.eventId(), field, REDACTED));
        }
        for (BundleEvent event : bundle.events()) {
            rebuild.add(read(event), event.eventId(), event.position() != null ? event.position() : event.leafIndex(),
                    Instant.parse(event.recordedAt()));
        }
        var view = rebuild.view(manifest.planId(), Instant.parse(manifest.asOf()), LocalDate.parse(manifest.validAt()),
                LocalDate.now());
        // in the form the receipt sealed; a bundle without a receipt in the current one
        return manifest.stateDigest() == null ? SealedDigest.of(view) : SealedDigest.like(manifest.stateDigest(), view);
    }

    private LedgerEvent read(BundleEvent event) {
        Class<?> type = eventTypes.get(event.type());
        if (type == null || !LedgerEvent.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("händelse " + event.eventId() + " har en okänd typ: " + event.type());
        }
        try {
            return (LedgerEvent) json.readValue(event.payload(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("händelse " + event.eventId() + " (" + event.type()
                    + ") går inte att läsa: " + e.getOriginalMessage());
        }
    }
}
