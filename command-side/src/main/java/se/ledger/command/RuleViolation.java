package se.ledger.command;

/** A business rule of the ledger refused a command: answered 422, nothing stored. */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
