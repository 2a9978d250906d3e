package se.ledger.platform;

import java.util.List;

/** The request is malformed or incomplete: answered 400 with the offending fields. */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String detail) {
        this(List.of(new FieldProblem(field, detail)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
