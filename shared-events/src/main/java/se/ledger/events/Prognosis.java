package se.ledger.events;

/** Prognosis for goal fulfilment (prognos för måluppfyllelse); its words belong to the web layer. */
public enum Prognosis {
    MET,
    PARTLY_MET,
    NOT_MET,
    NOT_ASSESSABLE
}
