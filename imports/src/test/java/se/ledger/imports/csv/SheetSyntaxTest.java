package se.ledger.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The ways Excel and people write the same thing. */
class SheetSyntaxTest {

    @Test
    void canReadBomCrlfQuotedMultiLineCellsAndEscapedQuotes() {
        String content = "\uFEFFtyp;id;titel;organisation;start;slut\r\n"
                + "PLAN;P1;\"Plan \"\"2022\"\"; reviderad\r\nefter beslut\";\"KS;\r\n\r\nKF\";2022-01-01;2022-12-31\r\n"
                + "PLAN;P2;Andra;KS;2022-01-01;2022-12-31\r\n";

        SpreadsheetImport sheet = SpreadsheetCsvParser.parse("excel.csv", content);

        assertThat(sheet.plans().get(0).title()).isEqualTo("Plan \"2022\"; reviderad\nefter beslut");
        assertThat(sheet.plans().get(0).organisation()).isEqualTo("KS;\n\nKF");
        assertThat(sheet.plans().get(0).sourceLine()).isEqualTo(2);
        assertThat(sheet.plans().get(1).sourceLine()).isEqualTo(6);
    }

    @Test
    void canReadDecimalCommaPointAndGroupedThousands() {
        String content = "typ;id;titel;organisation;start;slut;mål;ingångsvärde;ingångsdatum;målvärde;måldatum;"
                + "nyckeltal;datum;värde\n"
                + "PLAN;P1;Plan;KS;2022-01-01;2022-12-31;;;;;;;;\n"
                + "MAL;M1;Mål;;;;;;;;;;;\n"
                + "NYCKELTAL;N1;Invånare;;;;M1;12 345,5;2021-12-31;12.5;2022-12-31;;;\n"
                + "matning;;;;;;;;;;;N1;2022-08-31;−3,25\n"
                + "MÄTNING;;;;;;;;;;;N1;2022-09-30;1\u00A0000\n"
                + "MATNING;;;;;;;;;;;N1;2022-10-31;INGA NYA DATA\n";

        SpreadsheetImport sheet = SpreadsheetCsvParser.parse("tal.csv", content);

        SheetIndicator indicator = sheet.indicator("N1").orElseThrow();
        assertThat(indicator.baselineValue()).isEqualByComparingTo("12345.5");
        assertThat(indicator.target().value()).isEqualByComparingTo("12.5");
        assertThat(sheet.measurements()).extracting(SheetMeasurement::value)
                .usingElementComparator((a, b) -> a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b))
                .containsExactly(new BigDecimal("-3.25"), new BigDecimal("1000"), null);
        assertThat(sheet.measurements().get(2).noNewData()).isTrue();
        // the only plan is the goal's plan when the cell is left empty
        assertThat(sheet.goal("M1").orElseThrow().planId()).isEqualTo("P1");
    }

    @Test
    void canReadColumnsInAnyOrderWithLabelsWithoutDiacriticsAndSkipsCommentsAndBlankRows() {
        String content = "sep=;\n"
                + "# exporterad från Stratsys\n"
                + "Slut;Start;Organisation;Titel;ID;TYP;;\n"
                + "2022-12-31;2022-01-01;KS;Plan;P1;Plan;;\n"
                + ";;;;;;;\n"
                + "#;kommentar mitt i filen\n"
                + "2022-12-31;2022-01-01;KS;Plan 2;P2;plan;;\n";

        SpreadsheetImport sheet = SpreadsheetCsvParser.parse("ordning.csv", content);

        assertThat(sheet.plans()).extracting(SheetPlan::id, SheetPlan::periodStart, SheetPlan::sourceLine)
                .containsExactly(tuple("P1", LocalDate.of(2022, 1, 1), 4),
                        tuple("P2", LocalDate.of(2022, 1, 1), 7));
    }

    @Test
    void acceptsEverySwedishStatusLabelAndCode() {
        String[][] cases = {{"Ej påbörjad", "NOT_STARTED"}, {"ej inlett", "NOT_STARTED"},
            {"Pågående enligt plan", "ON_TRACK"}, {"Pågår", "ON_TRACK"}, {"PÅBÖRJAT", "ON_TRACK"},
            {"Pagaende med avvikelse", "DEVIATING"}, {"Avslutad enligt plan", "COMPLETED"}, {"Klart", "COMPLETED"},
            {"Avslutad med avvikelse", "COMPLETED_WITH_DEVIATION"}, {"Avbruten", "CANCELLED"},
            {"completed_with_deviation", "COMPLETED_WITH_DEVIATION"}, {"ON_TRACK", "ON_TRACK"}};
        for (String[] c : cases) {
            assertThat(SheetActivityStatus.fromCell(c[0])).as(c[0]).contains(SheetActivityStatus.valueOf(c[1]));
        }
        assertThat(SheetActivityStatus.fromCell("Pausad")).isEmpty();
    }

    @Test
    void canReadDirectionsWithOrWithoutDiacriticsThroughAReader() throws IOException {
        String content = "typ;id;titel;organisation;start;slut;mål;riktning;måldatum\n"
                + "PLAN;P1;Plan;KS;2022-01-01;2022-12-31;;;\n"
                + "MÅL;M1;Mål;;;;;;\n"
                + "NYCKELTAL;N1;Sjukfrånvaro;;;;M1;Minskning;2022-12-31\n"
                + "NYCKELTAL;N2;Nöjdhet;;;;M1;OKNING;\n";

        SpreadsheetImport sheet = SpreadsheetCsvParser.parse("riktning.csv", new StringReader(content));

        assertThat(sheet.indicators()).extracting(i -> i.target().direction())
                .containsExactly(SheetTargetDirection.DECREASE, SheetTargetDirection.INCREASE);
        assertThat(sheet.indicator("N1").orElseThrow().target().date()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(sheet.indicator("N2").orElseThrow().target().date()).isNull();
    }
}
