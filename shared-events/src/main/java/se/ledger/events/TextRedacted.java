package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A free text of an earlier event was removed (personal data, secrecy): the text and its salt are
 * gone from the ledger, the Merkle log's commitment to it stays. Never corrected: what is erased
 * stays erased. {@code about} is the entity whose event lost the text.
 */
@JsonTypeName("TextRedacted")
@Revision("1")
public record TextRedacted(
        PlanId planId,
        EntityRef about,
        String redactedEventId,
        String field,
        String reason,
        LocalDate effectiveDate,
        String actor) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return about;
    }

    @Override
    public Correction correction() {
        return null;
    }
}
