package se.ledger.activity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.ledger.events.ActivityStatus;
import se.ledger.events.Responsible;

/** Request bodies of the activity API. */
public final class ActivityRequests {

    private ActivityRequests() {
    }

    public record ResponsibleBody(@NotBlank @Size(max = 200) String person, @Size(max = 200) String unit) {
        Responsible toResponsible() {
            return new Responsible(person, unit);
        }
    }

    public record PlanActivityRequest(
            String id,
            @NotEmpty List<@NotBlank String> goalIds,
            @NotBlank @Size(max = 1000) String title,
            @Size(max = 20000) String description,
            @NotNull @Valid ResponsibleBody responsible,
            List<@NotBlank @Size(max = 200) String> partners,
            LocalDate start,
            LocalDate end,
            @Size(max = 1000) String desiredState,
            LocalDate effectiveDate,
            String corrects,
            String reason) {
    }

    public record StatusRequest(
            @NotNull ActivityStatus status,
            @Size(max = 8000) String explanation,
            LocalDate effectiveDate,
            String corrects,
            String reason) {
    }

    public record ReschedulingRequest(
            @NotNull LocalDate start,
            @NotNull LocalDate end,
            @NotBlank @Size(max = 4000) String reason,
            LocalDate effectiveDate,
            String corrects) {
    }

    public record ReassignmentRequest(
            @NotNull @Valid ResponsibleBody responsible,
            @NotBlank @Size(max = 4000) String reason,
            LocalDate effectiveDate,
            String corrects) {
    }
}
