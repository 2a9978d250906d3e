package se.ledger.imports.table;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown once per file with every problem found, so that a clerk can fix the whole file in one go. */
public class PlanTableParseException extends RuntimeException {

    private final transient List<ParseProblem> problems;

    public PlanTableParseException(List<ParseProblem> problems) {
        this(null, problems);
    }

    public PlanTableParseException(String fileName, List<ParseProblem> problems) {
        super(message(fileName, problems));
        this.problems = List.copyOf(problems);
    }

    public List<ParseProblem> problems() {
        return problems;
    }

    private static String message(String fileName, List<ParseProblem> problems) {
        String head = (fileName == null ? "plantabellen" : fileName) + ": " + problems.size() + " fel";
        return problems.stream().map(ParseProblem::toString).collect(Collectors.joining("\n  ", head + "\n  ", ""));
    }
}
