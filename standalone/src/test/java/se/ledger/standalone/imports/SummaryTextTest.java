package se.ledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.imports.ImportCounts;
import se.ledger.imports.ImportOutcome;
import se.ledger.imports.ImportRefused;
import se.ledger.imports.ImportSummary;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;
import se.ledger.platform.FieldProblem;

/** What the command line prints for each outcome, without starting a ledger. */
class SummaryTextTest {

    private static ImportSummary summary(ImportOutcome outcome) {
        return new ImportSummary(outcome, "Importerat: 8 händelser om P1.", "plan.csv", "csv", "ab12",
                "import:plan.csv", List.of("P1"), new ImportCounts(1, 2, 1, 1, 1, 0, 0, 2), 8, 42L,
                Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void aDryRunSaysWhatItWouldCreate() {
        assertThat(SummaryText.of(summary(ImportOutcome.DRY_RUN))).isEqualTo("""
                Provkörning av plan.csv: inget har lagrats. Importen skulle skapa:
                  planer:           1 (P1)
                  mål:              2
                  nyckeltal:        1
                  aktiviteter:      1
                  statusar:         1
                  månadsrapporter:  0
                  kommentarer:      0
                  mätningar:        2
                  händelser:        8""");
    }

    @Test
    void anImportNamesItsActor() {
        assertThat(SummaryText.of(summary(ImportOutcome.IMPORTED))).startsWith("Importerade plan.csv\n  planer:")
                .endsWith("  händelser:        8\n  av:               import:plan.csv");
    }

    @Test
    void aRepeatedImportShowsTheFirstImport() {
        var again = summary(ImportOutcome.IMPORTED).again("kopia.csv");
        assertThat(SummaryText.of(again)).startsWith("Samma innehåll importerades redan 2026-11-22T10:00:00Z från "
                + "plan.csv; inget nytt lagrades (nu som kopia.csv). Första importen skapade:\n  planer:");
    }

    @Test
    void problemsAreListedLineByLine() {
        assertThat(SummaryText.of(new ImportRejected("fel.csv", List.of(new ImportProblem(4, "ingångsvärde", "x"),
                new ImportProblem(9, null, "y"))))).isEqualTo("""
                fel.csv kunde inte tolkas, 2 fel; inget har lagrats:
                  rad 4, kolumn ingångsvärde: x
                  rad 9: y""");
        assertThat(SummaryText.of(new ImportRefused(8, "effectiveDate", "N1", "Datumet ligger utanför.", false)))
                .isEqualTo("Importen avvisades; inget har lagrats:\n  rad 8, fält effectiveDate (N1): Datumet ligger "
                        + "utanför.");
        assertThat(SummaryText.of(new ImportRejected("fel.xlsx", List.of(new ImportProblem(4, "ingångsvärde", "x",
                "Plan", "N"), new ImportProblem(9, null, "y", "Plan", null))))).isEqualTo("""
                fel.xlsx kunde inte tolkas, 2 fel; inget har lagrats:
                  blad 'Plan', rad 4, kolumn N (ingångsvärde): x
                  blad 'Plan', rad 9: y""");
        assertThat(SummaryText.of(new ImportRefused(8, "effectiveDate", "N1", "Datumet ligger utanför.", false)
                .inSheet("Plan"))).endsWith("\n  blad 'Plan', rad 8, fält effectiveDate (N1): Datumet ligger utanför.");
        assertThat(SummaryText.of(List.of(new FieldProblem("organisation", "krävs"))))
                .isEqualTo("Importen kan inte göras; inget har lagrats:\n  organisation: krävs");
    }
}
