package se.ledger.events;

/**
 * Where Kolada (RKA's open database of municipal key figures) publishes an indicator's values:
 * a KPI id such as N00945 and a municipality id such as 0665 (Vaggeryd).
 */
public record KoladaRef(String kpi, String municipality) {
}
