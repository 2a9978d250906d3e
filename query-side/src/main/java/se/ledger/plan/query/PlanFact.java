package se.ledger.plan.query;

/** A fact with the plan it belongs to, for questions that cross plans. */
record PlanFact(String planId, FactRow fact) {
}
