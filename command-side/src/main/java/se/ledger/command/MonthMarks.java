package se.ledger.command;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import se.ledger.events.Correction;
import se.ledger.events.MonthReported;

/**
 * The rule "one mark per month": a second mark for a month that has one is refused unless it
 * corrects that month's standing mark. An aggregate member of every entity that takes month marks.
 */
@SnapshotState
public class MonthMarks {

    private final Map<YearMonth, String> standing = new HashMap<>();

    @EventSourcingHandler
    void on(MonthReported event, @MessageIdentifier String eventId) {
        if (event.correction() != null) {
            standing.values().remove(event.correction().eventId());
        }
        standing.put(event.month(), eventId);
    }

    /** @throws RuleViolation naming {@code month} (or {@code corrects}) when the month is taken */
    public void checkFree(YearMonth month, Correction correction) {
        String mark = standing.get(month);
        if (mark == null) {
            return;
        }
        if (correction == null) {
            throw new RuleViolation("month", "Månaden " + month + " har redan en markering (händelse " + mark
                    + "); rätta den i stället (corrects, reason).");
        }
        if (!mark.equals(correction.eventId())) {
            throw new RuleViolation("corrects", "Månaden " + month + " har redan markeringen " + mark
                    + "; en rättelse av en annan händelse kan inte ge den en till.");
        }
    }
}
