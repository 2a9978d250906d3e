package se.ledger.plan.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.ledger.events.ActivityStatus;
import se.ledger.events.Baseline;
import se.ledger.events.DecisionRef;
import se.ledger.events.IndicatorKind;
import se.ledger.events.Judgement;
import se.ledger.events.KoladaRef;
import se.ledger.events.MeasurementSource;
import se.ledger.events.MonthMark;
import se.ledger.events.PlanId;
import se.ledger.events.PlanLevel;
import se.ledger.events.Prognosis;
import se.ledger.events.ReportOccasion;
import se.ledger.events.Responsible;
import se.ledger.events.Target;
import se.ledger.events.YearTarget;

/**
 * A fact's value as a record, one per attribute kind, named as the events name their fields: the
 * read side reads no field by a string of its own. FactValuesRoundTripIT projects every event
 * type and reads it back, so a field renamed on one side only fails the build.
 */
final class FactValues {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final ObjectMapper STORED = JSON.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private FactValues() {
    }

    /** A plan's definition (PlanRegistered). */
    record PlanDefinition(String title, String organisation, LocalDate periodStart, LocalDate periodEnd,
            PlanLevel level) {
    }

    /** A goal's definition (GoalDefined, revised by GoalRevised); validTo is the last day it applies. */
    record GoalDefinition(String title, String area, boolean direction, List<Integer> sdgs,
            List<String> desiredEffects, String ambition, String parentGoalId, List<String> contributesTo,
            LocalDate validTo, String purpose, List<String> strategies, List<String> risks) {

        /** Whether the goal has ended by the date (a delmål whose year is over). */
        boolean endedBy(LocalDate date) {
            return validTo != null && date.isAfter(validTo);
        }
    }

    /**
     * An indicator's definition (IndicatorDefined, revised by IndicatorTargetRevised and
     * IndicatorRevised: validTo, the last day it applies, and yearly targets).
     */
    record IndicatorDefinition(String goalId, String name, String unit, Baseline baseline, Target target,
            String source, IndicatorKind kind, List<YearTarget> targets, LocalDate validTo, KoladaRef kolada) {
    }

    /** An activity's definition (ActivityPlanned, revised by ActivityRescheduled and ActivityReassigned). */
    record ActivityDefinition(List<String> goalIds, String title, String description, Responsible responsible,
            List<String> partners, LocalDate start, LocalDate end, String desiredState) {
    }

    /** ActivityStatusChanged. */
    record StatusValue(ActivityStatus status, String explanation) {
    }

    /** PrognosisStated. */
    record PrognosisValue(Prognosis prognosis, String motivation) {
    }

    /** MeasurementRecorded: a value, no new data, or a judgement (its text in comment); source: where fetched. */
    record MeasurementValue(BigDecimal value, boolean noNewData, String comment, Judgement judgement,
            String assessedBy, MeasurementSource source, KoladaRef kolada) {
    }

    /** PrognosisRuleChanged: a plan's own parameters of the computed prognosis. */
    record RuleValue(boolean activitiesMayLower, BigDecimal notMetShare, DecisionRef decision) {
    }

    /** CommentAdded. */
    record CommentValue(String text) {
    }

    /** PlanAdopted and DecisionRecorded (approvesReport: the report a decision approves), as a fact or as the event. */
    record DecisionValue(DecisionRef decision, String approvesReport) {
    }

    /** ReportIssued (the event). */
    record ReportValue(PlanId planId, String reportId, String title) {
    }

    /** ReportCalendarAdopted (the event). */
    record CalendarValue(List<ReportOccasion> occasions, boolean monthly, DecisionRef decision, String reason) {
    }

    /** MonthReported. */
    record MarkValue(MonthMark mark) {
    }

    static <T> T read(JsonNode value, Class<T> type) {
        return value == null || value.isNull() ? null : treeToValue(value, type);
    }

    /** Straight from the tree: convertValue would first write the tree out into a buffer. */
    private static <T> T treeToValue(JsonNode value, Class<T> type) {
        try {
            return JSON.treeToValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A value as the projection stores it (nulls left out): what ChangeFinder compares. */
    static JsonNode tree(Object value) {
        return value == null ? null : STORED.valueToTree(value);
    }

    static <T> T read(FactRow row, Class<T> type) {
        return row == null ? null : read(row.value(), type);
    }
}
