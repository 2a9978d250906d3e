package se.ledger.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.ledger.command.web.DecisionBody;

/** Request bodies of the report API; field names are the public contract. */
public final class ReportRequests {

    private ReportRequests() {
    }

    public record IssueReportRequest(
            @Size(max = 100) String id,
            @NotBlank @Size(max = 500) String title,
            @NotNull LocalDate reportDate) {
    }

    public record OccasionRequest(@NotBlank @Size(max = 500) String title, @NotNull LocalDate reportDate) {
    }

    public record ReportCalendarRequest(
            @NotNull @Size(max = 400) List<@Valid @NotNull OccasionRequest> occasions,
            boolean monthly,
            @NotNull DecisionBody decision,
            @NotBlank @Size(max = 2000) String reason) {
    }
}
