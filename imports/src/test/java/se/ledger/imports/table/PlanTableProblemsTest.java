package se.ledger.imports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;

class PlanTableProblemsTest {

    private static final String HEADER = "UTVECKLINGSOMRÅDE\t\tÖnskad effekt\tHuvudaktiviteter\tAnsvariga\t"
            + "Jan\tFeb\tMar\tAUGUSTI\n";
    private static final String SIGNATURES = "\nSign\tNamn\tBefattning/funktion, Nämnd\nLD\tLotta Damberg\tSocialchef, SN\n";

    private static ImportRejected rejected(String content) {
        return catchThrowableOfType(() -> PlanTableParser.parse("trasig.tsv", content),
                ImportRejected.class);
    }

    @Test
    void cannotParseAnUnknownMonthMarkAndSaysWhere() {
        ImportRejected e = rejected(HEADER
                + "1\tTitel\t * Effekt\t * Aktivitet\tLotta Damberg\t⇒\tX\t⇒\t<p>Text</p>\n" + SIGNATURES);

        assertThat(e.problems()).containsExactly(
                new ImportProblem(2, 7, "okänd månadsmarkering 'X' för februari; tillåtna: ⇒, ↑, ↓ eller en tom cell"));
        assertThat(e.getMessage()).isEqualTo("trasig.tsv: 1 fel\n  rad 2, kolumn 7: okänd månadsmarkering 'X' för "
                + "februari; tillåtna: ⇒, ↑, ↓ eller en tom cell");
    }

    @Test
    void collectsEveryProblemOfTheFileInLineOrder() {
        String content = "\n" + HEADER
                + "1\t\t * Effekt\t * Aktivitet\tLD\t⇒\t⇒\t⇒\tText\n"
                + "\n"
                + "ett\tTitel\t * Effekt\t * Aktivitet\tLD\t⇒\t⇒\t⇒\tText\n"
                + "2\tTitel\t * Effekt\t * Aktivitet\tLD\t⇒\t⇒\t⇒\tText\tmer text\n"
                + "3\tKort rad\t * Effekt\n"
                + "2\tTitel igen\t * Effekt\t * Aktivitet\tLD\t⇒\t⇒\t⇒\t⇒\tText\n"
                + SIGNATURES
                + "lotta\tLotta\tx\n"
                + "LD\t\tSocialchef\n";

        ImportRejected e = rejected(content);

        assertThat(e.problems()).containsExactly(
                new ImportProblem(3, 2, "utvecklingsområde 1 saknar titel"),
                new ImportProblem(5, 1, "kolumn 1 ska ha utvecklingsområdets nummer, men här står 'ett'"),
                new ImportProblem(6, 10, "oväntad text efter statustexten: 'mer text' (statustexten ska stå sist på "
                        + "raden)"),
                new ImportProblem(7, 4, "raden tar slut efter 3 celler: ett utvecklingsområde ska ha nummer, titel, "
                        + "Önskad effekt, Huvudaktiviteter och Ansvariga"),
                new ImportProblem(8, 1, "utvecklingsområde 2 finns redan på rad 6"),
                new ImportProblem(8, 9, "månadsmarkering '⇒' efter den sista månadskolumnen (mars)"),
                new ImportProblem(12, 1, "'lotta' är ingen signatur: skriv 2–4 bokstäver i versaler, t.ex. 'LD' "
                        + "eller 'LiDa'"),
                new ImportProblem(13, 2, "namnet saknas för signaturen 'LD'"));
        assertThat(e.getMessage()).startsWith("trasig.tsv: 8 fel\n  rad 3, kolumn 2: utvecklingsområde 1 saknar "
                + "titel\n  rad 5, kolumn 1: ");
    }

    @Test
    void cannotParseAHeaderWithoutMonthColumns() {
        ImportRejected e = rejected("UTVECKLINGSOMRÅDE\t\tÖnskad effekt\tHuvudaktiviteter\tAnsvariga\t"
                + "Status\n1\tTitel\t * E\t * A\tLD\tText\n");

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(tuple(1, "6"));
        assertThat(e.problems().get(0).reason()).isEqualTo("rubrikraden ska ha månadskolumner (Jan, Feb, …) från "
                + "kolumn 6 och efter dem uppföljningsmånaden utskriven (t.ex. AUGUSTI)");
    }

    @Test
    void cannotParseMonthsOutOfOrderAMissingFollowUpMonthOrABrokenSignatureTable() {
        ImportRejected e = rejected("UTVECKLINGSOMRÅDE\t\tÖnskad effekt\tHuvudaktiviteter\tAnsvariga\t"
                + "Jan\tMar\tStatus\n"
                + "1\tTitel\t * E\t * A\tLD\t⇒\t⇒\tText\n"
                + "2\n"
                + SIGNATURES
                + "LD\tLars Dahl\tRektor, BUN\n"
                + "PEL\tPer Lund\tChef, KS\tKS-förvaltningen\n");

        assertThat(e.problems()).containsExactly(
                new ImportProblem(1, 7, "månadskolumnen 'Mar' följer inte på januari: månaderna ska komma i ordning, "
                        + "utan luckor"),
                new ImportProblem(1, 8, "efter månadskolumnerna ska uppföljningsmånaden stå utskriven (t.ex. "
                        + "AUGUSTI), men här står 'Status'"),
                new ImportProblem(3, 2, "raden tar slut efter 1 cell: ett utvecklingsområde ska ha nummer, titel, "
                        + "Önskad effekt, Huvudaktiviteter och Ansvariga"),
                new ImportProblem(7, 1, "signaturen 'LD' används redan för Lotta Damberg"),
                new ImportProblem(8, 4, "oväntad text 'KS-förvaltningen': signaturtabellen har bara tre kolumner "
                        + "(Sign, Namn, Befattning/funktion, Nämnd)"));
    }

    @Test
    void cannotParseAnEmptyFile() {
        assertThat(rejected(" \n\n").problems()).containsExactly(new ImportProblem(1, 1,
                "filen är tom: den ska börja med en rubrikrad (UTVECKLINGSOMRÅDE … Jan … AUGUSTI)"));
    }

    @Test
    void cannotParseAFileWithoutAreas() {
        assertThat(rejected(HEADER + SIGNATURES).problems())
                .containsExactly(new ImportProblem(1, 1, "det finns inga rader med utvecklingsområden efter rubrikraden"));
    }
}
