package se.ledger.plan.query.web.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.ledger.events.Baseline;
import se.ledger.plan.query.PlanViews.AuditEvent;

/**
 * What the plan sheet needs and the plan view does not say, taken from the plan's events as known at asOf about
 * validAt: when the current status was reported, the decision that ended a goal or indicator, every
 * measurement. An event corrected by asOf no longer counts; its correction does.
 */
final class EventTrail {

    /** One measurement as the sheet's MÄTNING row has it. */
    record Measurement(String indicatorId, LocalDate date, BigDecimal value, boolean noNewData, String judgement,
            String comment) {
    }

    private final List<AuditEvent> trail;
    private final Instant asOf;
    private final LocalDate validAt;

    EventTrail(List<AuditEvent> trail, Instant asOf, LocalDate validAt) {
        this.trail = trail;
        this.asOf = asOf;
        this.validAt = validAt;
    }

    /** The effective date of the status report the activity's current status comes from. */
    Optional<LocalDate> statusDate(String activityId) {
        return live("ActivityStatusChanged", "activityId", activityId)
                .max(Comparator.comparing(AuditEvent::effectiveDate).thenComparingLong(AuditEvent::position))
                .map(AuditEvent::effectiveDate);
    }

    /** "KS 2022-02-14 § 12": the decision of the revision that gave the goal or indicator its last day. */
    Optional<String> endDecision(String type, String idField, String id, LocalDate validTo) {
        // a revision's own effective date may lie after the day it ends the goal on (decided afterwards)
        return trail.stream().filter(e -> type.equals(e.type())).filter(e -> !corrected(e) && e.data() != null)
                .filter(e -> id.equals(e.data().path(idField).asText()))
                .filter(e -> validTo.toString().equals(e.data().path("validTo").asText()))
                .max(Comparator.comparingLong(AuditEvent::position)).map(e -> e.data().path("decision"))
                .filter(d -> d.hasNonNull("body") && d.hasNonNull("date") && d.hasNonNull("paragraph"))
                .map(d -> d.get("body").asText() + " " + d.get("date").asText() + " § " + d.get("paragraph").asText());
    }

    /**
     * The baseline the indicator was defined with: the view shows a flow's baseline as last year's total once the
     * ledger has it, which is not what was decided.
     */
    Optional<Baseline> definedBaseline(String indicatorId) {
        return live("IndicatorDefined", "indicatorId", indicatorId).max(Comparator.comparingLong(AuditEvent::position))
                .map(e -> e.data().path("baseline")).filter(JsonNode::isObject)
                .map(b -> new Baseline(b.hasNonNull("value") ? b.get("value").decimalValue() : null,
                        b.hasNonNull("text") ? b.get("text").asText() : null,
                        b.hasNonNull("date") ? LocalDate.parse(b.get("date").asText()) : null));
    }

    /** The measurements of the indicators, one per indicator and date (the latest recorded), in date order. */
    List<Measurement> measurements(Collection<String> indicatorIds) {
        Map<String, AuditEvent> latest = new LinkedHashMap<>();
        trail.stream().filter(e -> "MeasurementRecorded".equals(e.type())).filter(this::counts)
                .filter(e -> indicatorIds.contains(e.data().path("indicatorId").asText()))
                .sorted(Comparator.comparingLong(AuditEvent::position))
                .forEach(e -> latest.put(e.data().path("indicatorId").asText() + "|" + e.effectiveDate(), e));
        return latest.values().stream().sorted(Comparator.comparing(AuditEvent::effectiveDate)
                .thenComparing(e -> e.data().path("indicatorId").asText())).map(EventTrail::measurement).toList();
    }

    private static Measurement measurement(AuditEvent e) {
        JsonNode d = e.data();
        return new Measurement(d.path("indicatorId").asText(), e.effectiveDate(),
                d.hasNonNull("value") ? d.get("value").decimalValue() : null, d.path("noNewData").asBoolean(),
                d.hasNonNull("judgement") ? d.get("judgement").asText() : null,
                d.hasNonNull("comment") ? d.get("comment").asText() : null);
    }

    private Stream<AuditEvent> live(String type, String idField, String id) {
        return trail.stream().filter(e -> type.equals(e.type())).filter(this::counts)
                .filter(e -> id.equals(e.data().path(idField).asText()));
    }

    private boolean counts(AuditEvent e) {
        return !corrected(e) && e.effectiveDate() != null && !e.effectiveDate().isAfter(validAt) && e.data() != null;
    }

    private boolean corrected(AuditEvent e) {
        return e.correctedBy() != null && (e.correctedAt() == null || !e.correctedAt().isAfter(asOf));
    }
}
