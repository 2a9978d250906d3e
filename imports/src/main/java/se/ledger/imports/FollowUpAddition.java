package se.ledger.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import se.ledger.events.MonthMark;

/**
 * What a follow-up import added to one entity of the plan (or, in a dry run, would add).
 *
 * @param entity the goal's id
 * @param line   the file's line of the development area
 */
public record FollowUpAddition(String entity, String title, int line, List<Mark> monthMarks,
        List<Comment> comments) {

    public FollowUpAddition {
        monthMarks = List.copyOf(monthMarks);
        comments = List.copyOf(comments);
    }

    public record Mark(YearMonth month, MonthMark mark) {
    }

    public record Comment(LocalDate effectiveDate, String text) {
    }
}
