package se.ledger.standalone.imports;

import java.util.List;
import java.util.stream.Collectors;
import se.ledger.imports.FollowUpAddition;
import se.ledger.imports.FollowUpContradicted;
import se.ledger.imports.ImportCounts;
import se.ledger.imports.ImportOutcome;
import se.ledger.imports.ImportRefused;
import se.ledger.imports.ImportSummary;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;
import se.ledger.platform.FieldProblem;
import se.ledger.platform.Vocabulary;

/** What the command line prints, in Swedish. */
final class SummaryText {

    private SummaryText() {
    }

    static String of(ImportSummary summary) {
        String head = switch (summary.outcome()) {
            case IMPORTED -> "Importerade " + summary.fileName();
            case DRY_RUN -> "Provkörning av " + summary.fileName() + ": inget har lagrats. Importen skulle skapa";
            case ALREADY_IMPORTED -> summary.message() + " Första importen skapade";
        };
        ImportCounts c = summary.counts();
        String lines = String.join("\n",
                "  planer:           " + c.plans() + " (" + String.join(", ", summary.planIds()) + ")",
                "  mål:              " + c.goals(),
                "  nyckeltal:        " + c.indicators(),
                "  aktiviteter:      " + c.activities(),
                "  statusar:         " + c.statuses(),
                "  månadsrapporter:  " + c.monthReports(),
                "  kommentarer:      " + c.comments(),
                "  mätningar:        " + c.measurements(),
                "  händelser:        " + summary.events());
        String tail = summary.outcome() == ImportOutcome.DRY_RUN ? ""
                : "\n  av:               " + summary.actor();
        return head + (summary.outcome() == ImportOutcome.IMPORTED ? "\n" : ":\n") + lines + tail
                + added(summary.added());
    }

    /** A follow-up names what it added, per development area. */
    private static String added(List<FollowUpAddition> added) {
        return added == null || added.isEmpty() ? "" : added.stream().map(a -> "  rad " + a.line() + " " + a.title()
                        + ": " + a.monthMarks().stream().map(m -> m.month() + " " + Vocabulary.symbol(m.mark()))
                        .collect(Collectors.joining(", ")) + (a.comments().isEmpty() ? ""
                        : (a.monthMarks().isEmpty() ? "" : "; ") + a.comments().size() + " uppföljningstext"))
                .collect(Collectors.joining("\n", "\nTillagt:\n", ""));
    }

    static String of(FollowUpContradicted e) {
        return e.problems().stream().map(p -> "  rad " + p.line() + (p.column() == null ? "" : ", kolumn "
                        + p.column()) + ": " + p.reason())
                .collect(Collectors.joining("\n", e.fileName() + " motsäger planen " + e.planId() + ", "
                        + e.problems().size() + " fel; inget har lagrats:\n", ""));
    }

    static String of(ImportRejected e) {
        List<ImportProblem> problems = e.problems();
        return problems.stream().map(p -> "  " + where(p) + ": " + p.reason())
                .collect(Collectors.joining("\n", e.fileName() + " kunde inte tolkas, " + problems.size()
                        + " fel; inget har lagrats:\n", ""));
    }

    /** "rad 4, kolumn ingångsvärde"; in a workbook "blad 'Plan', rad 4, kolumn N (ingångsvärde)". */
    private static String where(ImportProblem p) {
        if (p.sheet() != null) {
            return "blad '" + p.sheet() + "', rad " + p.line() + (p.columnLetter() == null ? "" : ", kolumn "
                    + p.columnLetter()) + (p.column() == null ? "" : " (" + p.column() + ")");
        }
        return "rad " + p.line() + (p.column() == null ? "" : ", kolumn " + p.column());
    }

    static String of(ImportRefused e) {
        return "Importen avvisades; inget har lagrats:\n  " + (e.sheet() == null ? "" : "blad '" + e.sheet() + "', ")
                + (e.line() == null ? "" : "rad " + e.line() + ", ")
                + (e.field() == null ? "" : "fält " + e.field() + " ") + "(" + e.entity() + "): " + e.getMessage();
    }

    static String of(List<FieldProblem> problems) {
        return problems.stream().map(p -> "  " + p.field() + ": " + p.detail())
                .collect(Collectors.joining("\n", "Importen kan inte göras; inget har lagrats:\n", ""));
    }
}
