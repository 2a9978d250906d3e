package se.ledger.activity.web;

import org.springframework.stereotype.Component;
import se.ledger.activity.command.CommentOnActivity;
import se.ledger.activity.command.ReportActivityMonth;
import se.ledger.command.web.CommonRequests.CommentRequest;
import se.ledger.command.web.CommonRequests.MonthReportRequest;
import se.ledger.command.web.Notes;
import se.ledger.events.ActivityId;
import se.ledger.events.Correction;
import se.ledger.events.EntityKind;

@Component
class ActivityNotes implements Notes {

    @Override
    public EntityKind kind() {
        return EntityKind.ACTIVITY;
    }

    @Override
    public String collection() {
        return "activities";
    }

    @Override
    public Object comment(String id, CommentRequest body, String actor, Correction correction, Long version) {
        return new CommentOnActivity(new ActivityId(id), body.text(), body.effectiveDate(), actor, correction, version);
    }

    @Override
    public Object monthReport(String id, MonthReportRequest body, String actor, Correction correction, Long version) {
        return new ReportActivityMonth(new ActivityId(id), body.month(), body.mark(), actor, correction, version);
    }
}
