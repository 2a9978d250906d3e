package se.ledger.activity.web;

import org.springframework.stereotype.Component;
import se.ledger.activity.command.CommentOnActivity;
import se.ledger.activity.command.ReportActivityMonth;
import se.ledger.command.web.Notes;
import se.ledger.events.ActivityId;
import se.ledger.events.EntityKind;

@Component
class ActivityNotes extends Notes {

    ActivityNotes() {
        super(EntityKind.ACTIVITY,
                (id, note, actor, correction, version) -> new CommentOnActivity(new ActivityId(id), note.text(),
                        note.effectiveDate(), actor, correction, version),
                (id, report, actor, correction, version) -> new ReportActivityMonth(new ActivityId(id),
                        report.month(), report.mark(), actor, correction, version));
    }
}
