package se.ledger.events;

/** A manager's qualitative assessment (kvalitativ bedömning) of an indicator, in place of a value. */
public enum Judgement {
    ON_COURSE,
    AT_RISK,
    OFF_COURSE
}
