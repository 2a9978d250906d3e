package se.ledger.command.web;

import se.ledger.command.web.CommonRequests.CommentRequest;
import se.ledger.command.web.CommonRequests.MonthReportRequest;
import se.ledger.events.Correction;
import se.ledger.events.EntityKind;

/**
 * How one kind of entity takes the notes every kind shares: comments and, for goals and
 * activities, month reports. Each feature supplies one; {@link NotesController} serves them all.
 */
public interface Notes {

    EntityKind kind();

    /** The path segment, e.g. {@code goals} in {@code /api/goals/{id}/comments}. */
    String collection();

    Object comment(String id, CommentRequest body, String actor, Correction correction, Long expectedVersion);

    /** Only kinds the month-report path names are asked (goals, activities). */
    default Object monthReport(String id, MonthReportRequest body, String actor, Correction correction,
            Long expectedVersion) {
        throw new IllegalStateException(kind() + " takes no month reports");
    }
}
