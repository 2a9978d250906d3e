package se.ledger.plan.query.api;

/** One report by its id, within planId when that is given (null: any plan). */
public record FindReport(String planId, String reportId) {
}
