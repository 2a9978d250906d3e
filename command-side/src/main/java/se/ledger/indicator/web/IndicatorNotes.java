package se.ledger.indicator.web;

import org.springframework.stereotype.Component;
import se.ledger.indicator.command.CommentOnIndicator;
import se.ledger.command.web.CommonRequests.CommentRequest;
import se.ledger.command.web.Notes;
import se.ledger.events.IndicatorId;
import se.ledger.events.Correction;
import se.ledger.events.EntityKind;

@Component
class IndicatorNotes implements Notes {

    @Override
    public EntityKind kind() {
        return EntityKind.INDICATOR;
    }

    @Override
    public String collection() {
        return "indicators";
    }

    @Override
    public Object comment(String id, CommentRequest body, String actor, Correction correction, Long version) {
        return new CommentOnIndicator(new IndicatorId(id), body.text(), body.effectiveDate(), actor, correction, version);
    }
}
