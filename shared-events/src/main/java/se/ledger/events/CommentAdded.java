package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A comment (kommentar) on an activity, a goal or an indicator. */
@JsonTypeName("CommentAdded")
@Revision("1")
public record CommentAdded(
        EntityRef about,
        PlanId planId,
        String text,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return about;
    }
}
