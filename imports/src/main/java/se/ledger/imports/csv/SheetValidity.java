package se.ledger.imports.csv;

import java.time.LocalDate;
import se.ledger.events.DecisionRef;

/**
 * "gäller till" with its "beslut": the last day a goal or indicator applies and the decision that ended it,
 * which the ledger records as a revision.
 */
public record SheetValidity(LocalDate validTo, DecisionRef decision) {
}
