package se.ledger.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import se.ledger.platform.InvalidInput;

/**
 * The newest position in the event store. A read may wait for any position a write has answered; one
 * beyond the newest would be waited for in vain, so it is a client's mistake, answered 400 at once.
 */
@Component
public class WrittenPositions {

    private final EventStore events;

    WrittenPositions(EventStore events) {
        this.events = events;
    }

    public long requireWritten(String field, long position) {
        var token = events.createHeadToken();
        long head = token == null ? -1 : token.position().orElse(-1);
        if (position > head) {
            throw new InvalidInput(field, "position " + position + " finns inte än (senaste händelsen har position "
                    + head + "); använd positionen från ett skrivsvar");
        }
        return position;
    }
}
