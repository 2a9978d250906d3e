package se.ledger.goal.web;

import org.springframework.stereotype.Component;
import se.ledger.goal.command.CommentOnGoal;
import se.ledger.goal.command.ReportGoalMonth;
import se.ledger.command.web.CommonRequests.CommentRequest;
import se.ledger.command.web.CommonRequests.MonthReportRequest;
import se.ledger.command.web.Notes;
import se.ledger.events.GoalId;
import se.ledger.events.Correction;
import se.ledger.events.EntityKind;

@Component
class GoalNotes implements Notes {

    @Override
    public EntityKind kind() {
        return EntityKind.GOAL;
    }

    @Override
    public String collection() {
        return "goals";
    }

    @Override
    public Object comment(String id, CommentRequest body, String actor, Correction correction, Long version) {
        return new CommentOnGoal(new GoalId(id), body.text(), body.effectiveDate(), actor, correction, version);
    }

    @Override
    public Object monthReport(String id, MonthReportRequest body, String actor, Correction correction, Long version) {
        return new ReportGoalMonth(new GoalId(id), body.month(), body.mark(), actor, correction, version);
    }
}
