package se.ledger.imports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class PlanTableProblemsTest {

    private static final String HEADER = "UTVECKLINGSOMRÅDE\t\tÖnskad effekt\tHuvudaktiviteter\tAnsvariga\t"
            + "Jan\tFeb\tMar\tAUGUSTI\n";
    private static final String SIGNATURES = "\nSign\tNamn\tBefattning/funktion, Nämnd\nLD\tLotta Damberg\tSocialchef, SN\n";

    private static PlanTableParseException rejected(String content) {
        return catchThrowableOfType(() -> PlanTableParser.parse("trasig.tsv", content),
                PlanTableParseException.class);
    }

    @Test
    void cannotParseAnUnknownMonthMarkAndSaysWhere() {
        PlanTableParseException e = rejected(HEADER
                + "1\tTitel\t * Effekt\t * Aktivitet\tLotta Damberg\t⇒\tX\t⇒\t<p>Text</p>\n" + SIGNATURES);

        assertThat(e.problems()).containsExactly(
                new ParseProblem(2, 7, "unknown month mark 'X' for FEBRUARY: expected ⇒, ↑, ↓ or an empty cell"));
        assertThat(e.getMessage()).startsWith("trasig.tsv: 1 problem").contains("line 2, column 7:");
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

        PlanTableParseException e = rejected(content);

        assertThat(e.problems()).containsExactly(
                new ParseProblem(3, 2, "development area 1 has no title"),
                new ParseProblem(5, 1, "expected a development area number in column 1, found 'ett'"),
                new ParseProblem(6, 10, "unexpected content after the follow-up text: 'mer text'"),
                new ParseProblem(7, 4, "the area row ends after 3 cells: expected number, title, Önskad effekt, "
                        + "Huvudaktiviteter and Ansvariga"),
                new ParseProblem(8, 1, "development area 2 is already defined on line 6"),
                new ParseProblem(8, 9, "month mark '⇒' after the last month column (MARCH)"),
                new ParseProblem(12, 1, "expected initials (2–4 letters, capitals, e.g. 'LD' or 'LiDa'), found "
                        + "'lotta'"),
                new ParseProblem(13, 2, "the name of 'LD' is missing"));
    }

    @Test
    void cannotParseAHeaderWithoutMonthColumns() {
        PlanTableParseException e = rejected("UTVECKLINGSOMRÅDE\t\tÖnskad effekt\tHuvudaktiviteter\tAnsvariga\t"
                + "Status\n1\tTitel\t * E\t * A\tLD\tText\n");

        assertThat(e.problems()).extracting(ParseProblem::line, ParseProblem::column)
                .containsExactly(tuple(1, 6));
        assertThat(e.problems().get(0).reason()).startsWith("expected the header row with month columns");
    }

    @Test
    void cannotParseAnEmptyFile() {
        assertThat(rejected(" \n\n").problems()).extracting(ParseProblem::line).containsExactly(1);
    }

    @Test
    void cannotParseAFileWithoutAreas() {
        assertThat(rejected(HEADER + SIGNATURES).problems())
                .containsExactly(new ParseProblem(1, 1, "no development area rows follow the header"));
    }
}
