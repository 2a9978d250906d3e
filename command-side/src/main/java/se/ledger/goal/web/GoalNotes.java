package se.ledger.goal.web;

import org.springframework.stereotype.Component;
import se.ledger.command.web.Notes;
import se.ledger.events.EntityKind;
import se.ledger.events.GoalId;
import se.ledger.goal.command.CommentOnGoal;
import se.ledger.goal.command.ReportGoalMonth;

@Component
class GoalNotes extends Notes {

    GoalNotes() {
        super(EntityKind.GOAL, (id, note, actor, correction, version) -> new CommentOnGoal(new GoalId(id),
                note.text(), note.effectiveDate(), actor, correction, version),
                (id, report, actor, correction, version) -> new ReportGoalMonth(new GoalId(id), report.month(),
                        report.mark(), actor, correction, version));
    }
}
