package se.ledger.imports;

/**
 * A ledger rule refused a command translated from the file, or an id in it is already in use; the
 * whole import was rolled back. Answered 422, or 409 for an id in use as elsewhere in the API.
 *
 * @param line null when the command does not come from a line (the plan of a plan table)
 */
public class ImportRefused extends RuntimeException {

    private final Integer line;
    private final String field;
    private final String entity;
    private final boolean conflict;

    public ImportRefused(Integer line, String field, String entity, String message, boolean conflict) {
        super(message);
        this.line = line;
        this.field = field;
        this.entity = entity;
        this.conflict = conflict;
    }

    public Integer line() {
        return line;
    }

    public String field() {
        return field;
    }

    /** The id of the entity the refused command was about. */
    public String entity() {
        return entity;
    }

    public boolean conflict() {
        return conflict;
    }

    /** "Rad 7 (aktivitet A2): …" — where in the file to look. */
    public String located() {
        return (line == null ? "" : "Rad " + line + " ") + "(" + entity + "): " + getMessage();
    }
}
