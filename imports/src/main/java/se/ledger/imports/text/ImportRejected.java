package se.ledger.imports.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The file cannot be interpreted: thrown once per file with every problem found, in line order, so that a
 * clerk can fix the whole file in one go. Nothing is stored (answered 400).
 */
public class ImportRejected extends RuntimeException {

    private final String fileName;
    private final transient List<ImportProblem> problems;

    public ImportRejected(String fileName, List<ImportProblem> problems) {
        super(message(fileName, problems));
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String message(String fileName, List<ImportProblem> problems) {
        String head = (fileName == null ? "filen" : fileName) + ": " + problems.size() + " fel";
        return problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n  ", head + "\n  ", ""));
    }
}
