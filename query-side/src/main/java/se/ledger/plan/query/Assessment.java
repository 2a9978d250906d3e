package se.ledger.plan.query;

/** How one indicator, activity or sub-goal weighs in a goal's computed prognosis (the API sends the name). */
public enum Assessment {
    ON_COURSE, AT_RISK, OFF_COURSE, UNASSESSABLE, FINE, IGNORED;

    /** Counts for or against the goal; the others are reasons without evidence. */
    boolean evidence() {
        return this == ON_COURSE || this == AT_RISK || this == OFF_COURSE || this == FINE;
    }
}
