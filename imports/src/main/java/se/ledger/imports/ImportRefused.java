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
    private final String sheet;

    public ImportRefused(Integer line, String field, String entity, String message, boolean conflict) {
        this(line, field, entity, message, conflict, null);
    }

    private ImportRefused(Integer line, String field, String entity, String message, boolean conflict, String sheet) {
        super(message);
        this.line = line;
        this.field = field;
        this.entity = entity;
        this.conflict = conflict;
        this.sheet = sheet;
    }

    /** The same refusal of a workbook's row, whose line is a row of the sheet. */
    public ImportRefused inSheet(String sheetName) {
        var located = new ImportRefused(line, field, entity, getMessage(), conflict, sheetName);
        located.setStackTrace(getStackTrace());
        return located;
    }

    /** The workbook's sheet the line is a row of; null for a text file. */
    public String sheet() {
        return sheet;
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

    /** "Rad 7 (A2): …" or "Blad 'Plan', rad 7 (A2): …" — where in the file to look. */
    public String located() {
        String where = line == null ? "" : sheet == null ? "Rad " + line + " " : "Blad '" + sheet + "', rad " + line
                + " ";
        return where + "(" + entity + "): " + getMessage();
    }
}
