package se.ledger.plan.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.ledger.events.TextRedacted;
import se.ledger.query.QuerySideConfig;

/**
 * A redacted text leaves the read side too: every copy the projection made of it (the event's
 * log entry, the facts it stated, in every generation) now reads "[borttaget: reason]". After the
 * batch's own writes, so a fact the same batch derived from the event is covered as well; a
 * rebuild meets the event store's blanked payload first (the text's key absent) and this event
 * after it, so the placeholder is set whether or not the key is there.
 */
@Component
@ProcessingGroup(QuerySideConfig.PLAN_PROJECTION)
class RedactedTexts {

    private final JdbcClient jdbc;

    RedactedTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String placeholder(String reason) {
        return "[borttaget: " + reason + "]";
    }

    @EventHandler
    void on(TextRedacted event) {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> unit) {
            unit.onPrepareCommit(u -> blank(event));
        } else {
            blank(event);
        }
    }

    private void blank(TextRedacted event) {
        String text = placeholder(event.reason());
        jdbc.sql("UPDATE query.event_log SET"
                        + " value = CASE WHEN jsonb_typeof(value) = 'object'"
                        + " THEN jsonb_set(value, ARRAY[:field], to_jsonb(:text::text), true) ELSE value END,"
                        + " data = CASE WHEN jsonb_exists(data, :field) THEN jsonb_set(data, ARRAY[:field],"
                        + " to_jsonb(:text::text)) ELSE data END WHERE event_id = :id")
                .param("field", event.field()).param("text", text).param("id", event.redactedEventId()).update();
        jdbc.sql("UPDATE query.fact SET value = jsonb_set(value, ARRAY[:field], to_jsonb(:text::text), true)"
                        + " WHERE event_id = :id AND jsonb_typeof(value) = 'object'")
                .param("field", event.field()).param("text", text).param("id", event.redactedEventId()).update();
    }
}
