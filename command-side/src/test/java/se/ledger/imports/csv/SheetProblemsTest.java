package se.ledger.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class SheetProblemsTest {

    private static final String PLAN = "typ;id;titel;organisation;start;slut\n"
            + "PLAN;P1;Verksamhetsplan 2022;Kommunstyrelsen;2022-01-01;2022-12-31\n";

    private static CsvImportException rejected(String content) {
        return catchThrowableOfType(() -> SpreadsheetCsvParser.parse("fel.csv", content), CsvImportException.class);
    }

    @Test
    void cannotImportAFileWithOneBadLineAndNamesItsLineAndColumn() {
        CsvImportException e = rejected("typ;id;titel;organisation;start;slut;mål;enhet;ingångsvärde;ingångsdatum;"
                + "målvärde\n"
                + "PLAN;P1;Plan 2022;KS;2022-01-01;2022-12-31;;;;;\n"
                + "MÅL;M1;Trygg skola;;;;;;;;\n"
                + "NYCKELTAL;N1;Trygghet;;;;M1;%;tolv;2021-12-31;90\n"
                + "NYCKELTAL;N2;Närvaro;;;;M1;%;93,5;2021-12-31;95\n");

        assertThat(e.problems()).containsExactly(new ParseProblem(4, "ingångsvärde",
                "not a number: 'tolv' (write e.g. 12,5 or 12.5, without unit)"));
        assertThat(e.getMessage()).isEqualTo("fel.csv: 1 problem\n"
                + "  line 4, column 'ingångsvärde': not a number: 'tolv' (write e.g. 12,5 or 12.5, without unit)");
    }

    @Test
    void cannotImportAValueInAColumnItsTypDoesNotUse() {
        CsvImportException e = rejected(PLAN.replace("slut\n", "slut;mål;ansvarig\n")
                + "MÅL;M1;Trygg skola;;;;;\n"
                + "AKTIVITET;A1;Trygghetsvandring;Grundskolan;2022-03-01;2022-05-31;M1;Eva\n");

        assertThat(e.problems()).containsExactly(
                new ParseProblem(4, "organisation", "not used by AKTIVITET rows: leave it empty"));
    }

    @Test
    void collectsEveryBadLineOfTheFile() {
        String content = "\uFEFFtyp;id;titel;organisation;plan;överordnat mål;mål;nyckeltal;inriktningsmål;"
                + "agenda 2030;målvärde;riktning;ansvarig;start;slut;status;statusdatum;förklaring;datum;värde\n"
                + "PLAN;P1;Plan 2022;KS;;;;;;;;;;2022-01-01;2021-12-31;;;;;\n"
                + "MÅL;M1;Trygg skola;;P9;M7;;;kanske;4,18;;;;;;;;;;\n"
                + "UTFALL;X;;;;;;;;;;;;;;;;;;\n"
                + "NYCKELTAL;N1;Trygghet;;;;M1;;;;90;ökning;;;;;;;;\n"
                + "AKTIVITET;A1;Enkät;;;;M1,M5;;;;;;Eva;;;Pågående med avvikelse;2022-08-31;;;\n"
                + "AKTIVITET;A2;Samtal;;;;M1;;;;;;;;;Halvklart;31/8;;;\n"
                + "MÄTNING;;;;;;;N9;;;;;;;;;;;2022-08-31;12\n"
                + "MÄTNING;;;;;;;N1;;;;;;;;;;;2022-08-31;okänt\n"
                + "AKTIVITET;A1;Dubblett;;;;M1;;;;;;Eva;;;;;;;\n";

        CsvImportException e = rejected(content);

        assertThat(e.problems()).containsExactly(
                new ParseProblem(2, "slut", "the period ends (2021-12-31) before it starts (2022-01-01)"),
                new ParseProblem(3, "inriktningsmål", "expected ja or nej, found 'kanske'"),
                new ParseProblem(3, "agenda 2030",
                        "'18' is not an Agenda 2030 goal: expected numbers 1–17 separated by commas, e.g. 1,3"),
                new ParseProblem(3, "plan", "no PLAN with id 'P9' in the file"),
                new ParseProblem(3, "överordnat mål", "no MÅL with id 'M7' in the file"),
                new ParseProblem(4, "typ", "unknown typ 'UTFALL': expected PLAN, MÅL, NYCKELTAL, AKTIVITET or MÄTNING"),
                new ParseProblem(5, "riktning", "a target is one of målvärde, riktning or målbeskrivning: found both "
                        + "målvärde and riktning"),
                new ParseProblem(6, "förklaring", "the status 'Pågående med avvikelse' is a deviation and needs an "
                        + "explanation (förklaring)"),
                new ParseProblem(6, "mål", "no MÅL with id 'M5' in the file"),
                new ParseProblem(7, "ansvarig", "required for AKTIVITET but empty"),
                new ParseProblem(7, "status", "unknown status 'Halvklart': expected one of Ej påbörjad, Pågående "
                        + "enligt plan, Pågående med avvikelse, Avslutad enligt plan, Avslutad med avvikelse, "
                        + "Avbruten (or their codes)"),
                new ParseProblem(7, "statusdatum", "not a date: '31/8' (write dates as 2022-08-31)"),
                new ParseProblem(8, "nyckeltal", "no NYCKELTAL with id 'N9' in the file"),
                new ParseProblem(9, "värde", "expected a number (e.g. 12,5) or \"inga nya data\", found 'okänt'"),
                new ParseProblem(10, "id", "the id 'A1' is already used by the AKTIVITET on line 6"));
        assertThat(e.getMessage()).startsWith("fel.csv: 15 problems");
    }

    @Test
    void cannotImportAGoalCycleOrAnIndicatorWithoutTarget() {
        CsvImportException e = rejected(PLAN.replace("slut\n", "slut;överordnat mål;mål;målvärde\n")
                + "MÅL;M1;Ett;;;;M2;;\n"
                + "MÅL;M2;Två;;;;M1;;\n"
                + "MÅL;M3;Tre;;;;M3;;\n"
                + "NYCKELTAL;N1;Mått;;;;;M3;\n");

        assertThat(e.problems()).containsExactly(
                new ParseProblem(3, "överordnat mål", "the goal 'M1' is its own ancestor: överordnat mål forms a cycle"),
                new ParseProblem(4, "överordnat mål", "the goal 'M2' is its own ancestor: överordnat mål forms a cycle"),
                new ParseProblem(5, "överordnat mål", "the goal 'M3' is its own ancestor: överordnat mål forms a cycle"),
                new ParseProblem(6, "målvärde", "a NYCKELTAL needs a target: målvärde, riktning or målbeskrivning"));
    }

    @Test
    void cannotImportUnknownOrRepeatedHeaders() {
        CsvImportException e = rejected("typ;id;titel;titel;ansvar\nPLAN;P1;Plan;;\n");

        assertThat(e.problems()).startsWith(new ParseProblem(1, "titel", "the column appears twice"),
                new ParseProblem(1, "ansvar", "unknown column 'ansvar'"));
    }

    @Test
    void cannotImportACommaSeparatedFile() {
        assertThat(rejected("typ,id,titel\nPLAN,P1,Plan\n").problems()).containsExactly(new ParseProblem(1, null,
                "the header has a single column: the file seems to be comma-separated; save it with ';' as "
                        + "separator (Swedish Excel: 'CSV UTF-8')"));
    }

    @Test
    void cannotImportAFileSavedAsWindows1252() {
        byte[] bytes = (PLAN + "MÅL;M1;Mål;;;\n").getBytes(Charset.forName("windows-1252"));

        CsvImportException e = catchThrowableOfType(
                () -> SpreadsheetCsvParser.parse("ansi.csv", new ByteArrayInputStream(bytes)),
                CsvImportException.class);

        assertThat(e.problems()).containsExactly(new ParseProblem(3, null,
                "the file is not UTF-8 (byte 0xc5): save it as 'CSV UTF-8' in Excel"));
    }

    @Test
    void reportsAQuoteThatIsNeverClosedAtTheLineItOpens() {
        CsvImportException e = rejected(PLAN.replace("slut\n", "slut;förklaring;ansvarig;mål\n")
                + "MÅL;M1;Mål;;;;;;\n"
                + "AKTIVITET;A1;Titel;;;;\"Öppnas här;Eva;M1\n"
                + "AKTIVITET;A2;Titel;;;;;Eva;M1\n");

        assertThat(e.problems()).contains(new ParseProblem(4, "förklaring",
                "the quote that opens this cell is never closed: check for a missing \""));
    }

    @Test
    void cannotImportAStatusDateWithoutStatusOrABaselineWithoutDate() {
        CsvImportException e = rejected(PLAN.replace("slut\n",
                "slut;mål;ansvarig;statusdatum;ingångsvärde;målbeskrivning;riktning\n")
                + "MÅL;M1;Mål;;;;;;;;;\n"
                + "AKTIVITET;A1;Titel;;;;M1;Eva;2022-08-31;;;\n"
                + "NYCKELTAL;N1;Mått;;;;M1;;;12;Bättre;nedåt\n");

        assertThat(e.problems()).containsExactly(
                new ParseProblem(4, "statusdatum", "a statusdatum without a status"),
                new ParseProblem(5, "ingångsdatum", "an ingångsvärde needs the date it was measured"),
                // reported at the later of the two target columns
                new ParseProblem(5, "målbeskrivning", "a target is one of målvärde, riktning or målbeskrivning: "
                        + "found both riktning and målbeskrivning"));
    }
}
