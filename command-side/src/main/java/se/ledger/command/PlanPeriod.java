package se.ledger.command;

import java.time.LocalDate;
import java.util.Optional;

public record PlanPeriod(LocalDate start, LocalDate end) {
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The rule for a date that must lie in the plan's period (an indicator's validTo), in the words a user reads. */
    public Optional<String> outside(LocalDate date) {
        return contains(date) ? Optional.empty()
                : Optional.of("Datumet " + date + " ligger utanför planens period " + this + ".");
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
