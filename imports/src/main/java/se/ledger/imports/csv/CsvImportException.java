package se.ledger.imports.csv;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown once per file with every problem found, in line order, so that the whole file can be fixed at once. */
public class CsvImportException extends RuntimeException {

    private final transient List<ParseProblem> problems;

    public CsvImportException(List<ParseProblem> problems) {
        this(null, problems);
    }

    public CsvImportException(String fileName, List<ParseProblem> problems) {
        super(message(fileName, problems));
        this.problems = List.copyOf(problems);
    }

    public List<ParseProblem> problems() {
        return problems;
    }

    private static String message(String fileName, List<ParseProblem> problems) {
        String head = (fileName == null ? "kalkylbladet" : fileName) + ": " + problems.size() + " fel";
        return problems.stream().map(ParseProblem::toString).collect(Collectors.joining("\n  ", head + "\n  ", ""));
    }
}
