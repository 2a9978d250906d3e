package se.ledger.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;

class SheetProblemsTest {

    private static final String PLAN = "typ;id;titel;organisation;start;slut\n"
            + "PLAN;P1;Verksamhetsplan 2022;Kommunstyrelsen;2022-01-01;2022-12-31\n";

    private static ImportRejected rejected(String content) {
        return catchThrowableOfType(() -> SpreadsheetCsvParser.parse("fel.csv", content), ImportRejected.class);
    }

    private static ImportRejected rejected(String content, LocalDate today) {
        return catchThrowableOfType(() -> SpreadsheetCsvParser.parse("fel.csv", content, today),
                ImportRejected.class);
    }

    @Test
    void cannotImportAFileWithOneBadLineAndNamesItsLineAndColumn() {
        ImportRejected e = rejected("typ;id;titel;organisation;start;slut;mål;enhet;ingångsvärde;ingångsdatum;"
                + "målvärde;måldatum\n"
                + "PLAN;P1;Plan 2022;KS;2022-01-01;2022-12-31;;;;;;\n"
                + "MÅL;M1;Trygg skola;;;;;;;;;\n"
                + "NYCKELTAL;N1;Trygghet;;;;M1;%;tolv;2021-12-31;90;2022-12-31\n"
                + "NYCKELTAL;N2;Närvaro;;;;M1;%;93,5;2021-12-31;95;2022-12-31\n");

        assertThat(e.problems()).containsExactly(new ImportProblem(4, "ingångsvärde",
                "inte ett tal: 'tolv' (skriv t.ex. 12,5 eller 12.5, utan enhet)"));
        assertThat(e.getMessage()).isEqualTo("fel.csv: 1 fel\n"
                + "  rad 4, kolumn 'ingångsvärde': inte ett tal: 'tolv' (skriv t.ex. 12,5 eller 12.5, utan enhet)");
    }

    @Test
    void cannotImportDatesOutsideTheLedgersYearsOrAbsurdNumbers() {
        ImportRejected e = rejected("typ;id;titel;organisation;start;slut;mål;enhet;ingångsvärde;ingångsdatum;"
                + "målvärde;måldatum\n"
                + "PLAN;P1;Plan 2022;KS;2022-01-01;+99999-12-31;;;;;;\n"
                + "MÅL;M1;Trygg skola;;;;;;;;;\n"
                + "NYCKELTAL;N1;Trygghet;;;;M1;%;1e400;2021-12-31;1000000000000;1899-12-31\n");

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::column).contains(
                org.assertj.core.groups.Tuple.tuple(2, "slut"), org.assertj.core.groups.Tuple.tuple(4, "ingångsvärde"),
                org.assertj.core.groups.Tuple.tuple(4, "målvärde"), org.assertj.core.groups.Tuple.tuple(4, "måldatum"));
    }

    @Test
    void cannotImportAValueInAColumnItsTypDoesNotUse() {
        ImportRejected e = rejected(PLAN.replace("slut\n", "slut;mål;ansvarig\n")
                + "MÅL;M1;Trygg skola;;;;;\n"
                + "AKTIVITET;A1;Trygghetsvandring;Grundskolan;2022-03-01;2022-05-31;M1;Eva\n");

        assertThat(e.problems()).containsExactly(
                new ImportProblem(4, "organisation", "används inte för AKTIVITET och ska lämnas tom, men här står "
                        + "'Grundskolan'"));
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

        ImportRejected e = rejected(content);

        assertThat(e.problems()).containsExactly(
                new ImportProblem(2, "slut", "slutdatumet 2021-12-31 ligger före startdatumet 2022-01-01"),
                new ImportProblem(3, "inriktningsmål", "varken ja eller nej: 'kanske' (skriv ja eller nej; tomt betyder "
                        + "nej)"),
                new ImportProblem(3, "agenda 2030", "'18' är inget av de globala målen i Agenda 2030: skriv nummer "
                        + "1–17 åtskilda med komma, t.ex. 1, 3"),
                new ImportProblem(3, "plan", "ingen PLAN-rad i filen har id 'P9'"),
                new ImportProblem(3, "överordnat mål", "ingen MÅL-rad i filen har id 'M7'"),
                new ImportProblem(4, "typ", "okänd typ 'UTFALL'; tillåtna: PLAN, MÅL, NYCKELTAL, AKTIVITET, MÄTNING"),
                new ImportProblem(5, "riktning", "fyll i bara ett av målvärde, riktning och målbeskrivning, inte både "
                        + "målvärde och riktning"),
                new ImportProblem(6, "förklaring", "statusen 'Pågående med avvikelse' är en avvikelse och behöver en "
                        + "förklaring"),
                new ImportProblem(6, "mål", "ingen MÅL-rad i filen har id 'M5'"),
                new ImportProblem(7, "ansvarig", "måste fyllas i för AKTIVITET"),
                new ImportProblem(7, "status", "okänd status 'Halvklart'; tillåtna: Ej påbörjad, Pågående enligt plan, "
                        + "Pågående med avvikelse, Avslutad enligt plan, Avslutad med avvikelse, Avbruten"),
                new ImportProblem(7, "statusdatum", "inte ett datum: '31/8' (skriv ÅÅÅÅ-MM-DD, t.ex. 2022-08-31)"),
                new ImportProblem(8, "nyckeltal", "ingen NYCKELTAL-rad i filen har id 'N9'"),
                new ImportProblem(9, "värde", "inte ett tal: 'okänt' (skriv t.ex. 12,5, utan enhet, eller \"inga nya "
                        + "data\")"),
                new ImportProblem(10, "id", "id:t 'A1' används redan på rad 6 (AKTIVITET)"));
        assertThat(e.getMessage()).startsWith("fel.csv: 15 fel\n  rad 2, kolumn 'slut': slutdatumet");
    }

    @Test
    void cannotImportAGoalCycleOrAnIndicatorWithoutTarget() {
        ImportRejected e = rejected(PLAN.replace("slut\n", "slut;överordnat mål;mål;målvärde\n")
                + "MÅL;M1;Ett;;;;M2;;\n"
                + "MÅL;M2;Två;;;;M1;;\n"
                + "MÅL;M3;Tre;;;;M3;;\n"
                + "NYCKELTAL;N1;Mått;;;;;M3;\n");

        assertThat(e.problems()).containsExactly(
                new ImportProblem(3, "överordnat mål", "målet 'M1' blir överordnat sig självt: kedjan av överordnade "
                        + "mål går runt i en cirkel"),
                new ImportProblem(4, "överordnat mål", "målet 'M2' blir överordnat sig självt: kedjan av överordnade "
                        + "mål går runt i en cirkel"),
                new ImportProblem(5, "överordnat mål", "målet 'M3' blir överordnat sig självt: kedjan av överordnade "
                        + "mål går runt i en cirkel"),
                new ImportProblem(6, "målvärde", "ett NYCKELTAL behöver ett önskat läge: fyll i målvärde, riktning, "
                        + "målbeskrivning eller målvärden per år"));
    }

    @Test
    void cannotImportUnknownOrRepeatedHeaders() {
        ImportRejected e = rejected("typ;id;titel;titel;ansvar\nPLAN;P1;Plan;;\n");

        assertThat(e.problems()).startsWith(new ImportProblem(1, "titel", "kolumnen 'titel' finns två gånger"),
                new ImportProblem(1, "ansvar", "okänd kolumn 'ansvar'"));
    }

    @Test
    void cannotImportACommaSeparatedFile() {
        assertThat(rejected("typ,id,titel\nPLAN,P1,Plan\n").problems()).containsExactly(new ImportProblem(1, null,
                "rubrikraden är en enda kolumn med kommatecken: filen verkar vara kommaavgränsad, men kolumnerna ska "
                        + "skiljas åt med semikolon (;); spara den från svenska Excel som 'CSV UTF-8'"));
    }

    @Test
    void cannotImportAFileSavedAsWindows1252() {
        byte[] bytes = (PLAN + "MÅL;M1;Mål;;;\n").getBytes(Charset.forName("windows-1252"));

        ImportRejected e = catchThrowableOfType(
                () -> SpreadsheetCsvParser.parse("ansi.csv", new ByteArrayInputStream(bytes)),
                ImportRejected.class);

        assertThat(e.problems()).containsExactly(new ImportProblem(3, null,
                "Filen är inte UTF-8 (byte 0xc5), så å, ä och ö skulle bli fel: spara den som UTF-8, i Excel "
                        + "'CSV UTF-8 (kommaavgränsad)'."));
    }

    @Test
    void reportsAQuoteThatIsNeverClosedAtTheLineItOpens() {
        ImportRejected e = rejected(PLAN.replace("slut\n", "slut;förklaring;ansvarig;mål\n")
                + "MÅL;M1;Mål;;;;;;\n"
                + "AKTIVITET;A1;Titel;;;;\"Öppnas här;Eva;M1\n"
                + "AKTIVITET;A2;Titel;;;;;Eva;M1\n");

        assertThat(e.problems()).contains(new ImportProblem(4, "förklaring",
                "citattecknet som inleder cellen avslutas aldrig: kontrollera om ett \" saknas"));
    }

    @Test
    void cannotImportAStatusDateWithoutStatusOrABaselineWithoutDate() {
        ImportRejected e = rejected(PLAN.replace("slut\n",
                "slut;mål;ansvarig;statusdatum;ingångsvärde;målbeskrivning;riktning\n")
                + "MÅL;M1;Mål;;;;;;;;;\n"
                + "AKTIVITET;A1;Titel;;;;M1;Eva;2022-08-31;;;\n"
                + "NYCKELTAL;N1;Mått;;;;M1;;;12;Bättre;nedåt\n");

        assertThat(e.problems()).containsExactly(
                new ImportProblem(4, "statusdatum", "statusdatum utan status: fyll i status eller lämna statusdatum "
                        + "tomt"),
                new ImportProblem(5, "ingångsdatum", "ingångsvärdet '12' behöver ett ingångsdatum: dagen då det mättes"),
                // reported at the later of the two target columns
                new ImportProblem(5, "målbeskrivning", "fyll i bara ett av målvärde, riktning och målbeskrivning, "
                        + "inte både riktning och målbeskrivning"));
    }

    @Test
    void cannotImportASubGoalWhoseParentIsInAnotherPlanOfTheFile() {
        ImportRejected e = rejected("typ;id;titel;organisation;start;slut;plan;överordnat mål\n"
                + "PLAN;KF-2022;Kommunens plan;KF;2022-01-01;2022-12-31;;\n"
                + "PLAN;BUN-2022;Nämndens plan;BUN;2022-01-01;2022-12-31;;\n"
                + "MÅL;K1;Kommunmål;;;;KF-2022;\n"
                + "MÅL;B1;Nämndmål;;;;BUN-2022;K1\n"
                + "MÅL;B2;Delmål;;;;BUN-2022;B1\n"
                + "MÅL;B3;Delmål i okänd plan;;;;BUN-2021;K1\n");

        // B2's parent is in its plan; B3's plan is unknown, which is the problem to report there
        assertThat(e.problems()).containsExactly(
                new ImportProblem(5, "överordnat mål", "det överordnade målet 'K1' hör till planen 'KF-2022', men det "
                        + "här målet hör till planen 'BUN-2022': ett delmål måste höra till samma plan som sitt "
                        + "överordnade mål"),
                new ImportProblem(7, "plan", "ingen PLAN-rad i filen har id 'BUN-2021'"));
    }

    @Test
    void cannotImportANumericTargetWithoutTargetDate() {
        ImportRejected e = rejected(PLAN.replace("slut\n", "slut;mål;målvärde;måldatum;riktning\n")
                + "MÅL;M1;Trygg skola;;;;;;;\n"
                + "NYCKELTAL;N1;Trygga elever;;;;M1;90;;\n"
                + "NYCKELTAL;N2;Nöjda elever;;;;M1;85;2022-12-31;\n"
                + "NYCKELTAL;N3;Frånvaro;;;;M1;;;minskning\n"
                + "NYCKELTAL;N4;Läsning;;;;M1;tolv;;\n");

        assertThat(e.problems()).containsExactly(
                new ImportProblem(4, "måldatum", "målvärdet '90' behöver ett måldatum: dagen då värdet ska vara nått"),
                new ImportProblem(7, "målvärde", "inte ett tal: 'tolv' (skriv t.ex. 12,5 eller 12.5, utan enhet)"),
                new ImportProblem(7, "måldatum", "målvärdet 'tolv' behöver ett måldatum: dagen då värdet ska vara "
                        + "nått"));

        ImportRejected noColumn = rejected(PLAN.replace("slut\n", "slut;mål;målvärde\n")
                + "MÅL;M1;Trygg skola;;;;;;\n"
                + "NYCKELTAL;N1;Trygga elever;;;;M1;90\n");

        assertThat(noColumn.problems()).containsExactly(new ImportProblem(4, "måldatum", "målvärdet '90' behöver "
                + "ett måldatum: dagen då värdet ska vara nått (rubrikraden saknar kolumnen 'måldatum')"));
    }

    @Test
    void cannotImportOneIdForRowsOfDifferentKinds() {
        ImportRejected e = rejected(PLAN.replace("slut\n", "slut;mål;riktning;ansvarig\n")
                + "MÅL;M1;Trygg skola;;;;;;\n"
                + "MÅL;P1;Samma id som planen;;;;;;\n"
                + "NYCKELTAL;M1;Trygga elever;;;;M1;ökning;\n"
                + "AKTIVITET;M1;Trygghetsvandring;;;;M1;;Eva\n"
                + "AKTIVITET;A1;Enkät;;;;M1;;Eva\n");

        assertThat(e.problems()).containsExactly(
                new ImportProblem(4, "id", "id:t 'P1' används redan på rad 2 (PLAN): planer, mål, nyckeltal och "
                        + "aktiviteter kan inte ha samma id"),
                new ImportProblem(5, "id", "id:t 'M1' används redan på rad 3 (MÅL): planer, mål, nyckeltal och "
                        + "aktiviteter kan inte ha samma id"),
                new ImportProblem(6, "id", "id:t 'M1' används redan på rad 3 (MÅL): planer, mål, nyckeltal och "
                        + "aktiviteter kan inte ha samma id"));
    }

    @Test
    void cannotImportAStatusDateOutsideThePlansPeriodOrAfterToday() {
        LocalDate today = LocalDate.of(2022, 9, 15);
        ImportRejected e = rejected(PLAN.replace("slut\n", "slut;mål;ansvarig;status;statusdatum;plan\n")
                + "PLAN;P0;Plan 2021;KS;2021-01-01;2021-12-31;;;;;\n"
                + "MÅL;M1;Trygg skola;;;;;;;;P1\n"
                + "MÅL;M9;Mål i en plan som saknas;;;;;;;;P9\n"
                + "AKTIVITET;A1;Enkät;;;;M1;Eva;Pågår;2022-08-31;\n"
                + "AKTIVITET;A2;\"Trygghets-\nvandring\";;;;M1;Eva;Pågår;2021-12-31;\n"
                + "AKTIVITET;A3;Samtal;;;;M1;Eva;Klart;2022-10-31;\n"
                + "AKTIVITET;A4;Rapport;;;;M1;Eva;Ej påbörjad;2023-01-15;\n"
                + "AKTIVITET;A5;Utan plan i filen;;;;M9;Eva;Pågår;2020-06-30;\n", today);

        assertThat(e.problems()).containsExactly(
                new ImportProblem(5, "plan", "ingen PLAN-rad i filen har id 'P9'"),
                // the statusdatum cell of A2 starts on the line after the record's first line
                // the ledger's own rules for a reported date, in the words the API answers with (EffectiveDates)
                new ImportProblem(8, "statusdatum", "Datumet 2021-12-31 ligger utanför planens period "
                        + "2022-01-01–2022-12-31."),
                new ImportProblem(9, "statusdatum", "Datumet 2022-10-31 ligger efter dagens datum 2022-09-15."),
                new ImportProblem(10, "statusdatum", "Datumet 2023-01-15 ligger efter dagens datum 2022-09-15."),
                new ImportProblem(10, "statusdatum", "Datumet 2023-01-15 ligger utanför planens period "
                        + "2022-01-01–2022-12-31."));

        // today is the ledger's, as given: far ahead of the status date here
        ImportRejected future = rejected(PLAN.replace("2022", "2199").replace("slut\n",
                "slut;mål;ansvarig;status;statusdatum\n")
                + "MÅL;M1;Trygg skola;;;;;;;\n"
                + "AKTIVITET;A1;Enkät;;;;M1;Eva;Pågår;2199-06-30\n", today);
        assertThat(future.problems()).containsExactly(new ImportProblem(4, "statusdatum",
                "Datumet 2199-06-30 ligger efter dagens datum 2022-09-15."));
    }

    @Test
    void reportsTheRemainingReasonsInSwedishQuotingTheOffendingValue() {
        ImportRejected e = rejected(PLAN.replace("slut\n",
                "slut;mål;ingångsvärde;ingångsdatum;riktning;nyckeltal;datum;värde\n")
                + "PLAN;P2;Plan;KS;2022-02-30;2022-12-31;;;;;;;\n"
                + "MÅL;M1;Trygg skola;;;;;;;;;;\n"
                + "NYCKELTAL;N,1;Trygga elever;;;;M1;;2021-12-31;nedåt;;;\n"
                + "MÄTNING;;;;;;;;;;N1;2022-06-30;12\n"
                + "MÄTNING;;;;;;;;;;N1;2022-06-30;\"13\"x;extra\n");

        assertThat(e.problems()).containsExactly(
                new ImportProblem(3, "start", "datumet '2022-02-30' finns inte (skriv ÅÅÅÅ-MM-DD, t.ex. 2022-08-31)"),
                new ImportProblem(4, "plan", "måste fyllas i när filen har mer än en PLAN"),
                new ImportProblem(5, "id", "ett id kan inte innehålla kommatecken: 'N,1'"),
                new ImportProblem(5, "ingångsvärde", "ingångsdatum '2021-12-31' utan ingångsvärde: fyll i värdet som "
                        + "mättes den dagen"),
                new ImportProblem(5, "riktning", "okänd riktning 'nedåt'; tillåtna: ökning, minskning"),
                new ImportProblem(6, "nyckeltal", "ingen NYCKELTAL-rad i filen har id 'N1'"),
                new ImportProblem(7, "värde", "text efter det avslutande citattecknet: 'x' (ett citattecken inuti en "
                        + "cell inom citattecken skrivs \"\")"),
                new ImportProblem(7, "cell 14", "värde i en kolumn utan rubrik: 'extra'"),
                new ImportProblem(7, "värde", "inte ett tal: '13x' (skriv t.ex. 12,5, utan enhet, eller \"inga nya "
                        + "data\")"),
                new ImportProblem(7, "nyckeltal", "ingen NYCKELTAL-rad i filen har id 'N1'"),
                new ImportProblem(7, "datum", "en andra mätning av 'N1' per 2022-06-30 (den första står på rad 6)"));
    }

    @Test
    void cannotImportAnEmptyFileOrOneWithoutTypColumnOrARequiredColumnMissingFromTheHeader() {
        assertThat(rejected("\n# bara en kommentar\n").problems()).containsExactly(new ImportProblem(1, null,
                "filen är tom: den ska börja med en rubrikrad med kolumnen 'typ'"));
        assertThat(rejected("id;titel\nP1;Plan\n").problems()).containsExactly(new ImportProblem(1, "typ",
                "rubrikraden saknar kolumnen 'typ': den första raden som inte är tom eller en kommentar ska vara "
                        + "rubrikraden"));
        assertThat(rejected("typ;id;titel;organisation;start\nPLAN;P1;Plan;KS;2022-01-01\nMÅL;M1;Mål;;\n"
                + ";M2;Mål;;\n").problems()).containsExactly(
                new ImportProblem(2, "slut", "måste fyllas i för PLAN, men rubrikraden saknar kolumnen 'slut'"),
                new ImportProblem(4, "typ", "typ saknas; tillåtna: PLAN, MÅL, NYCKELTAL, AKTIVITET, MÄTNING"));
    }
}
