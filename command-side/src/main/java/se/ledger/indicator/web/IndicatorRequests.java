package se.ledger.indicator.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.ledger.events.Baseline;
import se.ledger.events.IndicatorKind;
import se.ledger.events.Judgement;
import se.ledger.events.KoladaRef;
import se.ledger.events.YearTarget;
import se.ledger.events.Target;
import se.ledger.events.TargetDirection;
import se.ledger.command.web.DecisionBody;

/** Request bodies of the indicator API. */
public final class IndicatorRequests {

    private IndicatorRequests() {
    }

    /** A number with its date, or a text ("Sätts i samband med ny kostpolicy"). */
    public record BaselineBody(BigDecimal value, @Size(max = 2000) String text, LocalDate date) {
        Baseline toBaseline() {
            return new Baseline(value, text, date);
        }
    }

    public record YearTargetBody(@NotNull Integer year, @NotNull BigDecimal value) {
        YearTarget toYearTarget() {
            return new YearTarget(year, value);
        }

        static List<YearTarget> toList(List<YearTargetBody> bodies) {
            return bodies == null ? null : bodies.stream().map(YearTargetBody::toYearTarget).toList();
        }
    }

    public record TargetBody(BigDecimal value, TargetDirection direction, @Size(max = 2000) String text,
            LocalDate date) {
        Target toTarget() {
            return new Target(value, direction, text, date);
        }
    }

    /** Where Kolada publishes the indicator's values: {kpi: "N00945", municipality: "0665"}. */
    public record KoladaBody(@Size(max = 20) String kpi, @Size(max = 20) String municipality) {
        static KoladaRef toRef(KoladaBody body) {
            return body == null ? null : new KoladaRef(body.kpi(), body.municipality());
        }
    }

    public record DefineIndicatorRequest(
            String id,
            @NotBlank @Size(max = 500) String name,
            @NotBlank @Size(max = 50) String unit,
            @Valid BaselineBody baseline,
            @Valid TargetBody target,
            @Size(max = 500) String source,
            LocalDate effectiveDate,
            String corrects,
            String reason,
            IndicatorKind kind,
            @Size(max = 50) List<@NotNull @Valid YearTargetBody> targets,
            @Valid KoladaBody kolada) {
    }

    /** A value, noNewData, or a qualitative judgement: assessment with its text. */
    public record MeasurementRequest(
            BigDecimal value,
            Boolean noNewData,
            @Size(max = 50) String unit,
            LocalDate effectiveDate,
            @Size(max = 20000) String comment,
            String corrects,
            String reason,
            Judgement assessment,
            @Size(max = 20000) String text) {
    }

    /** Retires the indicator after validTo, sets its yearly targets and/or connects it to Kolada. */
    public record RevisionRequest(
            LocalDate validTo,
            @Size(max = 50) List<@NotNull @Valid YearTargetBody> targets,
            @NotNull DecisionBody decision,
            @NotBlank @Size(max = 4000) String reason,
            LocalDate effectiveDate,
            String corrects,
            @Valid KoladaBody kolada) {
    }

    public record TargetRevisionRequest(
            @NotNull @Valid TargetBody target,
            DecisionBody decision,
            @NotBlank @Size(max = 4000) String reason,
            LocalDate effectiveDate,
            String corrects) {
    }
}
