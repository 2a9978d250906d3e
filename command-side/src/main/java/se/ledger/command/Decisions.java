package se.ledger.command;

import java.time.Clock;
import java.time.LocalDate;
import se.ledger.events.DecisionRef;

/** A revision is only as good as the decision it cites: body, date and paragraph. */
public final class Decisions {

    private Decisions() {
    }

    public static void requireComplete(DecisionRef decision, Clock clock) {
        if (decision == null || blank(decision.body()) || decision.date() == null || blank(decision.paragraph())) {
            throw new RuleViolation("decision",
                    "Ändringen måste ange beslutet: organ, datum och paragraf (t.ex. KS 2022-09-26 § 91).");
        }
        if (decision.date().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("decision.date", "Beslutsdatumet " + decision.date() + " ligger i framtiden.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
