package se.ledger.imports;

import java.util.List;

/** The file cannot be interpreted: every problem found, nothing stored (answered 400). */
public class ImportRejected extends RuntimeException {

    private final String fileName;
    private final transient List<ImportProblem> problems;

    public ImportRejected(String fileName, List<ImportProblem> problems) {
        super(fileName + ": " + problems.size() + " fel");
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
