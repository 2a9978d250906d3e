package se.ledger.imports;

import java.util.List;
import se.ledger.imports.text.ImportProblem;

/** A follow-up file contradicts the plan it was imported onto: every contradiction, nothing stored (422). */
public class FollowUpContradicted extends RuntimeException {

    private final String fileName;
    private final String planId;
    private final transient List<ImportProblem> problems;

    public FollowUpContradicted(String fileName, String planId, List<ImportProblem> problems) {
        super(fileName + " motsäger planen " + planId + " på " + problems.size() + " punkter");
        this.fileName = fileName;
        this.planId = planId;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public String planId() {
        return planId;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
