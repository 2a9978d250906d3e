package se.ledger.indicator.web;

import org.springframework.stereotype.Component;
import se.ledger.command.web.Notes;
import se.ledger.events.EntityKind;
import se.ledger.events.IndicatorId;
import se.ledger.indicator.command.CommentOnIndicator;

/** Indicators take comments; their months are told by measurements, not month reports. */
@Component
class IndicatorNotes extends Notes {

    IndicatorNotes() {
        super(EntityKind.INDICATOR, (id, note, actor, correction, version) -> new CommentOnIndicator(
                new IndicatorId(id), note.text(), note.effectiveDate(), actor, correction, version), null);
    }
}
