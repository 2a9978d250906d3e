package se.ledger.events;

/** Where a measurement's value came from, when not typed in by a person (then null). */
public enum MeasurementSource {
    /** Fetched from Kolada's open API; the event names the KPI and municipality. */
    KOLADA
}
