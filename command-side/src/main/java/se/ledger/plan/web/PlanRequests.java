package se.ledger.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.ledger.command.web.DecisionBody;
import se.ledger.events.PlanLevel;

/** Request bodies of the plan API; field names are the public contract. */
public final class PlanRequests {

    private PlanRequests() {
    }

    public record RegisterPlanRequest(
            String id,
            @NotBlank @Size(max = 200) String organisation,
            @NotBlank @Size(max = 500) String title,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            String corrects,
            String reason,
            PlanLevel level) {
    }

    public record AdoptionRequest(@NotNull DecisionBody decision, String corrects, String reason) {
    }

    public record DecisionRequest(
            String id,
            @NotBlank @Size(max = 100) String body,
            @NotNull LocalDate date,
            @NotBlank @Size(max = 50) String paragraph,
            @Size(max = 2000) String subject,
            String corrects,
            String reason,
            String approvesReport) {
    }
}
