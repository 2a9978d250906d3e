package se.ledger.command;

import java.time.LocalDate;
import java.util.Optional;
import se.ledger.platform.InvalidInput;

/**
 * The rule "a period does not end before it starts", for plans and activities, through the API and the
 * importers alike: one message, one status (400, the input contradicts itself). Either end may be open.
 */
public final class Period {

    private Period() {
    }

    /** What is wrong with the period, in the words a user reads; empty when nothing is. */
    public static Optional<String> problem(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            return Optional.of("slutdatumet " + end + " ligger före startdatumet " + start);
        }
        return Optional.empty();
    }

    /** @throws InvalidInput naming {@code endField} when the period ends before it starts */
    public static void check(String endField, LocalDate start, LocalDate end) {
        problem(start, end).ifPresent(message -> {
            throw new InvalidInput(endField, message);
        });
    }
}
