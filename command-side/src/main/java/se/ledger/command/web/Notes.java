package se.ledger.command.web;

import se.ledger.command.web.CommonRequests.CommentRequest;
import se.ledger.command.web.CommonRequests.MonthReportRequest;
import se.ledger.events.Correction;
import se.ledger.events.EntityKind;

/**
 * How one kind of entity takes the notes every kind shares: comments and, for goals and
 * activities, month reports. Each feature supplies one; {@link NotesController} serves them all.
 */
public class Notes {

    /** Makes the entity's command from a note's parts. */
    public interface Command<B> {
        Object of(String id, B body, String actor, Correction correction, Long expectedVersion);
    }

    private final EntityKind kind;
    private final Command<CommentRequest> comment;
    private final Command<MonthReportRequest> monthReport;

    /** {@code monthReport} may be null: only the kinds the month-report path names are asked. */
    protected Notes(EntityKind kind, Command<CommentRequest> comment, Command<MonthReportRequest> monthReport) {
        this.kind = kind;
        this.comment = comment;
        this.monthReport = monthReport;
    }

    EntityKind kind() {
        return kind;
    }

    /** The path's name for the id, e.g. {@code goalId} in {@code /api/goals/{goalId}/comments}. */
    String idVariable() {
        return switch (kind) {
            case PLAN -> "planId";
            case GOAL -> "goalId";
            case INDICATOR -> "indicatorId";
            case ACTIVITY -> "activityId";
        };
    }

    Command<CommentRequest> comment() {
        return comment;
    }

    Command<MonthReportRequest> monthReport() {
        return monthReport;
    }
}
