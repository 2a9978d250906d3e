package se.ledger.imports.kolada;

/**
 * Kolada could not be read for a connected indicator: nothing of the import was stored.
 *
 * @param what the Swedish words for what went wrong, naming the indicator and the KPI
 */
public class KoladaFailure extends RuntimeException {

    /** How it failed: decides the answer's status (502 or 504). */
    public enum Kind { UNREACHABLE, TIMEOUT, ERROR_STATUS, GARBAGE }

    private final Kind kind;
    private final String url;

    public KoladaFailure(Kind kind, String url, String what) {
        super(what);
        this.kind = kind;
        this.url = url;
    }

    public Kind kind() {
        return kind;
    }

    /** The address asked, for whoever checks it by hand. */
    public String url() {
        return url;
    }

    /** The same failure, with the indicator whose values were being fetched in front. */
    KoladaFailure about(String indicatorId) {
        return new KoladaFailure(kind, url, "Nyckeltalet " + indicatorId + ": " + getMessage());
    }
}
