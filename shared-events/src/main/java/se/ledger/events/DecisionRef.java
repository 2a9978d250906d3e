package se.ledger.events;

import java.time.LocalDate;

/**
 * A decision of a body, e.g. "KS 2022-09-26 § 91". decisionId is set when the decision was
 * recorded in the ledger first.
 */
public record DecisionRef(String decisionId, String body, LocalDate date, String paragraph, String subject) {
    public String citation() {
        return body + " " + date + " § " + paragraph;
    }
}
