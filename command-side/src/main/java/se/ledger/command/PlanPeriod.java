package se.ledger.command;

import java.time.LocalDate;

public record PlanPeriod(LocalDate start, LocalDate end) {
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
