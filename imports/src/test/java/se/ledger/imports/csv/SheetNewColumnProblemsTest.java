package se.ledger.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;

/** Each problem of the issue-10 columns names its line and column, in the ledger's words where a rule applies. */
class SheetNewColumnProblemsTest {

    private static ImportRejected rejected(String content) {
        return catchThrowableOfType(() -> SpreadsheetCsvParser.parse("fel.csv", content), ImportRejected.class);
    }

    @Test
    void cannotImportAnUnknownLevel() {
        var e = rejected("typ;id;titel;organisation;nivå;start;slut\n"
                + "PLAN;P;Plan;KS;landsting;2022-01-01;2022-12-31\n");

        assertThat(e.problems()).containsExactly(new ImportProblem(2, "nivå", "okänt värde 'landsting'; tillåtna: "
                + "fullmäktige, styrelse, förvaltning, enhet"));
    }

    @Test
    void cannotImportAContributionToTheSamePlanOrANonOverlappingOneOrACycle() {
        var e = rejected("typ;id;titel;organisation;plan;start;slut;bidrar till\n"
                + "PLAN;KF;Program;KF;;2015-01-01;2019-12-31;\n"
                + "PLAN;KS;Plan;KS;;2022-01-01;2022-12-31;\n"
                + "PLAN;BUN;Plan;BUN;;2022-01-01;2022-12-31;\n"
                + "MÅL;KF1;Mål;;KF;;;\n"
                + "MÅL;KS1;Mål;;KS;;;KS2\n"
                + "MÅL;KS2;Mål;;KS;;;KF1\n"
                + "MÅL;KS3;Mål;;KS;;;B1\n"
                + "MÅL;B1;Mål;;BUN;;;KS3\n");

        assertThat(e.problems()).containsExactly(
                new ImportProblem(6, "bidrar till", "målet 'KS2' hör till samma plan; ett mål bidrar till mål i andra "
                        + "planer (ett delmål i samma plan anges med parentGoalId)"),
                new ImportProblem(7, "bidrar till", "planen KF (2015-01-01–2019-12-31) för målet 'KF1' överlappar inte "
                        + "planen KS (2022-01-01–2022-12-31)"),
                new ImportProblem(8, "bidrar till", "målet 'KS3' bidrar då till sig självt: kedjan av bidrag går runt "
                        + "i en cirkel"),
                new ImportProblem(9, "bidrar till", "målet 'B1' bidrar då till sig självt: kedjan av bidrag går runt "
                        + "i en cirkel"));
    }

    @Test
    void cannotImportAnEndWithoutItsDecisionOrBeforeThePlan() {
        var e = rejected("typ;id;titel;organisation;plan;mål;start;slut;målbeskrivning;gäller till;beslut\n"
                + "PLAN;P;Plan;KS;;;2022-01-01;2022-12-31;;;\n"
                + "MÅL;M1;Delmål;;P;;;;;2022-06-30;\n"
                + "MÅL;M2;Delmål;;P;;;;;2021-06-30;KS 2022-02-14 § 12\n"
                + "MÅL;M3;Delmål;;P;;;;;2022-06-30;KS den 14 februari\n"
                + "MÅL;M4;Delmål;;P;;;;;;KS 2022-02-14 § 12\n"
                + "NYCKELTAL;N1;Mått;;;M4;;;Bra;2023-03-31;KS 2022-02-14 § 12\n");

        assertThat(e.problems()).containsExactly(
                new ImportProblem(3, "beslut", "'gäller till' 2022-06-30 behöver beslutet som anger det: organ, datum "
                        + "och paragraf (t.ex. KS 2022-09-26 § 91)"),
                new ImportProblem(4, "gäller till", "slutdatumet 2021-06-30 ligger före startdatumet 2022-01-01"),
                new ImportProblem(5, "beslut", "inte ett beslut: 'KS den 14 februari' (skriv organ, datum och "
                        + "paragraf, t.ex. KS 2022-09-26 § 91)"),
                new ImportProblem(6, "beslut", "ett beslut utan 'gäller till': fyll i den sista dagen som beslutet "
                        + "anger, eller lämna beslut tomt"),
                new ImportProblem(7, "gäller till", "Datumet 2023-03-31 ligger utanför planens period "
                        + "2022-01-01–2022-12-31."));
    }

    @Test
    void cannotImportADecisionDatedAfterTheLedgersToday() {
        var e = catchThrowableOfType(() -> SpreadsheetCsvParser.parse("fel.csv",
                "typ;id;titel;organisation;plan;start;slut;gäller till;beslut\n"
                        + "PLAN;P;Plan;KS;;2022-01-01;2022-12-31;;\n"
                        + "MÅL;M1;Delmål;;P;;;2022-06-30;KS 2022-09-26 § 91\n", LocalDate.of(2022, 9, 1)),
                ImportRejected.class);

        assertThat(e.problems()).containsExactly(new ImportProblem(3, "beslut",
                "Beslutsdatumet 2022-09-26 ligger i framtiden."));
    }

    @Test
    void cannotImportYearlyTargetsBesideATargetOrUnreadableOrTwiceForAYear() {
        var e = rejected("typ;id;titel;organisation;mål;start;slut;målvärde;måldatum;målvärden per år\n"
                + "PLAN;P;Plan;KS;;2020-01-01;2022-12-31;;;\n"
                + "MÅL;M;Mål;;;;;;;\n"
                + "NYCKELTAL;N1;Mått;;M;;;90;2022-12-31;2022: 100\n"
                + "NYCKELTAL;N2;Mått;;M;;;;;2022 = 100\n"
                + "NYCKELTAL;N3;Mått;;M;;;;;2022: 100 | 2022: 110\n");

        assertThat(e.problems()).containsExactly(
                new ImportProblem(4, "målvärden per år", "Ange antingen target eller targets (målvärden per år), inte "
                        + "båda."),
                new ImportProblem(5, "målvärden per år", "'2022 = 100' är inte år: värde (skriv t.ex. 2020: 10 | "
                        + "2021: 12,5)"),
                new ImportProblem(5, "målvärde", "ett NYCKELTAL behöver ett önskat läge: fyll i målvärde, riktning, "
                        + "målbeskrivning eller målvärden per år"),
                new ImportProblem(6, "målvärden per år", "Året 2022 har två målvärden."));
    }

    @Test
    void cannotImportAFlowAimingAtADirectionOrAnUnknownKindOrTwoBaselines() {
        var e = rejected("typ;id;titel;organisation;mål;start;slut;måttslag;riktning;målbeskrivning;ingångsvärde;"
                + "ingångsdatum;ingångsbeskrivning\n"
                + "PLAN;P;Plan;KS;;2022-01-01;2022-12-31;;;;;;\n"
                + "MÅL;M;Mål;;;;;;;;;;\n"
                + "NYCKELTAL;N1;Mått;;M;;;flöde;ökning;;;;\n"
                + "NYCKELTAL;N2;Mått;;M;;;stock;;Bra;;;\n"
                + "NYCKELTAL;N3;Mått;;M;;;;;Bra;12;2021-12-31;Sätts senare\n");

        assertThat(e.problems()).containsExactly(
                new ImportProblem(4, "riktning", "Ett flödesmått har ett målvärde för året, inte en riktning eller "
                        + "text."),
                new ImportProblem(5, "måttslag", "okänt värde 'stock'; tillåtna: nivå, flöde"),
                new ImportProblem(6, "ingångsbeskrivning", "Ingångsvärdet anges som ett värde eller en text, inte "
                        + "båda."));
    }

    @Test
    void cannotImportAJudgementWithAValueOrWithoutItsTextOrUnknown() {
        var e = rejected("typ;id;titel;organisation;mål;nyckeltal;start;slut;målbeskrivning;datum;värde;bedömning;"
                + "kommentar\n"
                + "PLAN;P;Plan;KS;;;2022-01-01;2022-12-31;;;;;\n"
                + "MÅL;M;Mål;;;;;;;;;;\n"
                + "NYCKELTAL;N;Mått;;M;;;;Bra;;;;\n"
                + "MÄTNING;;;;;N;;;;2022-04-30;12;Risk;Text\n"
                + "MÄTNING;;;;;N;;;;2022-05-31;;Risk;\n"
                + "MÄTNING;;;;;N;;;;2022-06-30;;kanske;Text\n"
                + "MÄTNING;;;;;N;;;;2022-07-31;;;Text\n");

        assertThat(e.problems()).containsExactly(
                new ImportProblem(5, "värde", "Ange exakt ett av: ett värde, noNewData: true eller en kvalitativ "
                        + "bedömning (assessment)."),
                new ImportProblem(6, "kommentar", "En kvalitativ bedömning måste motiveras med en text."),
                new ImportProblem(7, "bedömning", "okänt värde 'kanske'; tillåtna: I fas, Risk, Ur fas"),
                new ImportProblem(8, "värde", "måste fyllas i för MÄTNING"));
    }
}
