package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.serialization.Revision;

/** A month mark for a goal or an activity (⇒ as planned, ↑ rising, ↓ falling). */
@JsonTypeName("MonthReported")
@Revision("1")
public record MonthReported(
        EntityRef about,
        PlanId planId,
        YearMonth month,
        MonthMark mark,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return about;
    }
}
