package se.ledger.plan.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.ledger.events.ActivityReassigned;
import se.ledger.events.ActivityRescheduled;
import se.ledger.events.ActivityStatusChanged;
import se.ledger.events.CommentAdded;
import se.ledger.events.DecisionRecorded;
import se.ledger.events.EntityKind;
import se.ledger.events.GoalRevised;
import se.ledger.events.IndicatorRevised;
import se.ledger.events.IndicatorTargetRevised;
import se.ledger.events.LedgerEvent;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.MonthReported;
import se.ledger.events.PlanAdopted;
import se.ledger.events.PrognosisRuleChanged;
import se.ledger.events.PrognosisStated;
import se.ledger.events.ReportCalendarAdopted;
import se.ledger.events.ReportIssued;
import se.ledger.events.TextRedacted;
import se.ledger.platform.EventCatalogue;

/** Which attribute of its entity each event speaks about, and what it says. */
final class Assertions {

    static final String STATUS = "status";
    static final String PROGNOSIS = "prognosis";
    static final String MEASUREMENT = "measurement";
    static final String COMMENT = "comment";
    static final String ADOPTION = "adoption";
    static final String PROGNOSIS_RULE = "prognosisRule";
    static final String MARK_PREFIX = "mark:";
    static final String REPORT_PREFIX = "report:";
    static final String REPORT_CALENDAR = "reportCalendar";
    static final String REDACTION_PREFIX = "redaction:";

    private static final Map<EntityKind, String> OWN_ID = Map.of(
            EntityKind.GOAL, "goalId", EntityKind.INDICATOR, "indicatorId", EntityKind.ACTIVITY, "activityId");

    private final ObjectMapper json;

    Assertions(ObjectMapper json) {
        this.json = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    Assertion of(LedgerEvent event, String eventId, long position, Instant recordedAt) {
        var subject = event.subject();
        var correction = event.correction();
        // whatever the event store holds is projected, in a form PostgreSQL accepts
        return new Assertion(eventId, position, StorableText.of(event.planId().value()), subject.kind(),
                StorableText.of(subject.id()), EventCatalogue.nameOf(event.getClass()), StorableText.of(attribute(event)),
                StorableText.of(value(event)), event.effectiveDate(), recordedAt, StorableText.of(event.actor()),
                StorableText.of((JsonNode) json.valueToTree(event)),
                correction == null ? null : StorableText.of(correction.eventId()),
                correction == null ? null : StorableText.of(correction.reason()));
    }

    private static String attribute(LedgerEvent event) {
        if (event instanceof ActivityStatusChanged) {
            return STATUS;
        } else if (event instanceof PrognosisStated) {
            return PROGNOSIS;
        } else if (event instanceof MeasurementRecorded) {
            return MEASUREMENT;
        } else if (event instanceof CommentAdded) {
            return COMMENT;
        } else if (event instanceof PlanAdopted) {
            return ADOPTION;
        } else if (event instanceof PrognosisRuleChanged) {
            return PROGNOSIS_RULE;
        } else if (event instanceof DecisionRecorded d) {
            return "decision:" + (d.decision().decisionId() == null ? "" : d.decision().decisionId());
        } else if (event instanceof MonthReported m) {
            return MARK_PREFIX + m.month();
        } else if (event instanceof ReportIssued r) {
            return REPORT_PREFIX + r.reportId();
        } else if (event instanceof ReportCalendarAdopted) {
            return REPORT_CALENDAR;
        } else if (event instanceof TextRedacted r) {
            // its own attribute: a redaction states nothing about its entity's definition
            return REDACTION_PREFIX + r.redactedEventId() + ":" + r.field();
        }
        return Timeline.DEFINITION;
    }

    private JsonNode value(LedgerEvent event) {
        ObjectNode data = json.valueToTree(event);
        data.remove(List.of("effectiveDate", "actor", "correction", "planId", "about"));
        data.remove(OWN_ID.getOrDefault(event.subject().kind(), ""));
        if (event instanceof GoalRevised || event instanceof IndicatorTargetRevised || event instanceof IndicatorRevised
                || event instanceof ActivityRescheduled || event instanceof ActivityReassigned) {
            // a revision's decision and reason belong to the audit trail, not to the definition
            data.remove(List.of("decision", "reason"));
        }
        return data;
    }
}
