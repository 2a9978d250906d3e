package se.ledger.goal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.ledger.events.Prognosis;
import se.ledger.command.web.DecisionBody;

/** Request bodies of the goal API. */
public final class GoalRequests {

    private GoalRequests() {
    }

    public record DefineGoalRequest(
            String id,
            String parentGoalId,
            @NotBlank @Size(max = 500) String title,
            @Size(max = 200) String area,
            Boolean direction,
            List<@NotNull @Min(1) @Max(17) Integer> sdgs,
            List<@NotBlank @Size(max = 4000) String> desiredEffects,
            @Size(max = 4000) String ambition,
            LocalDate effectiveDate,
            String corrects,
            String reason,
            @Size(max = 50) List<@NotBlank @Size(max = 255) String> contributesTo,
            @Size(max = 8000) String purpose,
            @Size(max = 50) List<@NotBlank @Size(max = 4000) String> strategies,
            @Size(max = 50) List<@NotBlank @Size(max = 4000) String> risks) {
    }

    public record ReviseGoalRequest(
            @Size(max = 500) String title,
            @Size(max = 4000) String ambition,
            DecisionBody decision,
            @NotBlank @Size(max = 4000) String reason,
            LocalDate effectiveDate,
            String corrects,
            @Size(max = 50) List<@NotBlank @Size(max = 255) String> contributesTo,
            LocalDate validTo,
            @Size(max = 8000) String purpose,
            @Size(max = 50) List<@NotBlank @Size(max = 4000) String> strategies,
            @Size(max = 50) List<@NotBlank @Size(max = 4000) String> risks) {
    }

    public record PrognosisRequest(
            @NotNull Prognosis prognosis,
            @NotBlank @Size(max = 8000) String motivation,
            LocalDate effectiveDate,
            String corrects,
            String reason) {
    }
}
