package se.ledger.indicator.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.ledger.events.Baseline;
import se.ledger.events.Target;
import se.ledger.events.TargetDirection;
import se.ledger.command.web.DecisionBody;

/** Request bodies of the indicator API. */
public final class IndicatorRequests {

    private IndicatorRequests() {
    }

    public record BaselineBody(@NotNull BigDecimal value, @NotNull LocalDate date) {
        Baseline toBaseline() {
            return new Baseline(value, date);
        }
    }

    public record TargetBody(BigDecimal value, TargetDirection direction, @Size(max = 2000) String text,
            LocalDate date) {
        Target toTarget() {
            return new Target(value, direction, text, date);
        }
    }

    public record DefineIndicatorRequest(
            String id,
            @NotBlank @Size(max = 500) String name,
            @NotBlank @Size(max = 50) String unit,
            @Valid BaselineBody baseline,
            @NotNull @Valid TargetBody target,
            @Size(max = 500) String source,
            LocalDate effectiveDate,
            String corrects,
            String reason) {
    }

    public record MeasurementRequest(
            BigDecimal value,
            Boolean noNewData,
            @Size(max = 50) String unit,
            LocalDate effectiveDate,
            @Size(max = 20000) String comment,
            String corrects,
            String reason) {
    }

    public record TargetRevisionRequest(
            @NotNull @Valid TargetBody target,
            DecisionBody decision,
            @NotBlank @Size(max = 4000) String reason,
            LocalDate effectiveDate,
            String corrects) {
    }
}
