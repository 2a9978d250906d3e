package se.ledger.plan.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.ledger.events.Baseline;
import se.ledger.events.DecisionRef;
import se.ledger.events.IndicatorKind;
import se.ledger.events.Judgement;
import se.ledger.events.KoladaRef;
import se.ledger.events.MeasurementSource;
import se.ledger.events.PlanLevel;
import se.ledger.events.Prognosis;
import se.ledger.events.ReportOccasion;
import se.ledger.events.Responsible;
import se.ledger.events.Target;
import se.ledger.events.YearTarget;

/** What the query API answers; field names are the public contract. */
public final class PlanViews {

    private PlanViews() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PlanSummary(String id, String title, String organisation, LocalDate periodStart,
            LocalDate periodEnd, PlanLevel level) {
    }

    /**
     * The goal tree with what the overview draws: each goal's prognosis with its reasons, the rule
     * they used (prognosisRule, as GET …/prognoses names it rule) and where the pages open the plan.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PlanView(String id, String title, String organisation, LocalDate periodStart, LocalDate periodEnd,
            Instant asOf, LocalDate validAt, DecisionRef adoption, List<GoalView> goals, PlanLevel level,
            @Schema(description = "Prognosregelns parametrar som de beräknade prognoserna använde (som rule i "
                    + "GET /api/plans/{planId}/prognoses)") PrognosisRule.Parameters prognosisRule,
            @Schema(description = "Datumet sidorna öppnar planen på när inget datum är valt: null medan planens "
                    + "period pågår (idag), annars dess senaste rapportdatum som liggaren kände det vid asOf, "
                    + "annars periodens slut") LocalDate openingDate) {
    }

    /** An organisation unit and its plans (GET /api/organisations). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OrganisationView(String organisation, List<PlanSummary> plans) {
    }

    /** A goal of another plan this goal contributes to (bidrar till). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GoalLink(String goalId, String planId, String title) {
    }

    /** A goal of another plan that contributes to this goal, with its computed prognosis. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ContributionView(String goalId, String planId, String title, Prognosis prognosis) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GoalView(String id, String title, String area, boolean direction, List<Integer> sdgs,
            List<String> desiredEffects, String ambition, String parentGoalId, Prognosis prognosis,
            Prognosis statedPrognosis, String prognosisMotivation, boolean prognosisDiffers,
            List<IndicatorView> indicators, List<ActivityView> activities, List<GoalView> goals,
            List<GoalLink> contributesTo, List<ContributionView> contributions, LocalDate validTo, String purpose,
            List<String> strategies, List<String> risks,
            @Schema(description = "Dagen den angivna prognosen gäller från (statedOn i …/prognoses)")
            LocalDate prognosisStatedOn,
            @Schema(description = "Skälen för den beräknade prognosen (reasons i …/prognoses)")
            List<PrognosisRule.Reason> prognosisReasons,
            @Schema(description = "Grunden för den beräknade prognosen i en mening (summary i …/prognoses)")
            String prognosisSummary) {
    }

    /**
     * kind LEVEL or FLOW; a flow's baseline is last year's total when the ledger has it; targets the
     * path of yearly values and yearTarget the one for the year of validAt; validTo its last day.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record IndicatorView(String id, String name, String unit, Baseline baseline, Target target,
            String source, LatestView latest, Assessment assessment, List<SeriesPoint> series, IndicatorKind kind,
            List<YearTarget> targets, BigDecimal yearTarget, LocalDate validTo, String assessmentReason,
            @JsonInclude(JsonInclude.Include.NON_NULL) KoladaRef kolada) {

        /** Not connected to Kolada. */
        public IndicatorView(String id, String name, String unit, Baseline baseline, Target target, String source,
                LatestView latest, Assessment assessment, List<SeriesPoint> series, IndicatorKind kind,
                List<YearTarget> targets, BigDecimal yearTarget, LocalDate validTo, String assessmentReason) {
            this(id, name, unit, baseline, target, source, latest, assessment, series, kind, targets, yearTarget,
                    validTo, assessmentReason, null);
        }
    }

    /**
     * One measurement of an indicator's series at (asOf, validAt): a value, or no new data; source KOLADA
     * for a value fetched from Kolada (pages credit it), absent for one typed in. The Kolada fields are left
     * out when null, so a plan without Kolada reads as before and a receipt's sealed digest of it still holds.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SeriesPoint(LocalDate effectiveDate, BigDecimal value, boolean noNewData, String comment,
            @JsonInclude(JsonInclude.Include.NON_NULL) MeasurementSource source) {

        public SeriesPoint(LocalDate effectiveDate, BigDecimal value, boolean noNewData, String comment) {
            this(effectiveDate, value, noNewData, comment, null);
        }
    }

    /** The latest measurement: a value (a flow's: year-to-date), no new data, or a judgement with its text. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LatestView(BigDecimal value, Boolean noNewData, LocalDate effectiveDate, Judgement assessment,
            String text, String assessedBy, @JsonInclude(JsonInclude.Include.NON_NULL) MeasurementSource source) {

        public LatestView(BigDecimal value, Boolean noNewData, LocalDate effectiveDate, Judgement assessment,
                String text, String assessedBy) {
            this(value, noNewData, effectiveDate, assessment, text, assessedBy, null);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ActivityView(String id, String title, String description, String status, String statusLabel,
            String explanation, Responsible responsible, List<String> partners, LocalDate start, LocalDate end,
            String desiredState, List<String> goalIds, CommentView latestComment) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CommentView(String text, LocalDate effectiveDate, String actor) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PrognosisView(String goalId, String title, Prognosis computed, Prognosis stated, String motivation,
            LocalDate statedOn, boolean differs, List<PrognosisRule.Reason> reasons, String summary) {
    }

    /** rule: the parameters the computed prognoses used (the plan's own, or the default with decision null). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PrognosesView(String planId, Instant asOf, LocalDate validAt, List<PrognosisView> prognoses,
            PrognosisRule.Parameters rule) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HistoryView(String planId, int year, Instant asOf, List<HistoryRow> rows) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HistoryRow(String kind, String id, String title, String goalId, List<MonthCell> months,
            String area) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MonthCell(String month, String status, String statusLabel, String mark, String markSymbol,
            List<String> comments, Prognosis prognosis, Prognosis statedPrognosis) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AuditEvent(String eventId, long position, String type, LocalDate effectiveDate, Instant recordedAt,
            String actor, JsonNode data, String corrects, String correctionReason, String correctedBy,
            Instant correctedAt) {

        static AuditEvent of(LogRow e) {
            return new AuditEvent(e.eventId(), e.position(), e.type(), e.effectiveDate(), e.recordedAt(), e.actor(),
                    e.data(), e.corrects(), e.correctionReason(), e.correctedBy(), e.correctedAt());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ChangesView(String planId, Instant from, Instant to, LocalDate validAt, List<Change> changes) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Change(String kind, String id, String field, JsonNode before, JsonNode after, String change,
            String eventId, String actor, Instant recordedAt, LocalDate effectiveDate, String correctionReason) {

        /** Who made the change, when and why: the event that brought it. */
        Change by(LogRow event) {
            return event == null ? this : new Change(kind, id, field, before, after, change, event.eventId(),
                    event.actor(), event.recordedAt(), event.effectiveDate(), event.correctionReason());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DecisionView(String eventId, String type, DecisionRef decision, Instant recordedAt, String actor,
            String approvesReport) {
    }

    /** A report issued: its content is the plan at (asOf = issuedAt, validAt = reportDate). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReportView(String reportId, String planId, String title, LocalDate reportDate, Instant issuedAt,
            String actor, String eventId, List<DecisionRef> approvedBy) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReportCalendarView(String planId, List<ReportOccasion> occasions, boolean monthly, DecisionRef decision,
            String reason, Instant setAt, String actor) {
    }
}
