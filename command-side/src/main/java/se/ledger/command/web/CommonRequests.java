package se.ledger.command.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import se.ledger.events.MonthMark;

/** Request bodies that goals, indicators and activities share. */
public final class CommonRequests {

    private CommonRequests() {
    }

    public record CommentRequest(
            @NotBlank @Size(max = 20000) String text,
            LocalDate effectiveDate,
            String corrects,
            String reason) {
    }

    public record MonthReportRequest(
            @NotNull YearMonth month,
            @NotNull MonthMark mark,
            String corrects,
            String reason) {
    }
}
