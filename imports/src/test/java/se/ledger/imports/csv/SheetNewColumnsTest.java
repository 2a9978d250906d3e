package se.ledger.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ledger.events.DecisionRef;
import se.ledger.events.IndicatorKind;
import se.ledger.events.Judgement;
import se.ledger.events.PlanLevel;
import se.ledger.events.YearTarget;

/** The columns of issue 10: levels, contributions, goal texts, validity, flows, yearly targets, judgements. */
class SheetNewColumnsTest {

    static final String TWO_PLANS = "typ;id;titel;organisation;plan;nivå;start;slut;bidrar till;syfte;strategier;"
            + "risker;gäller till;beslut\n"
            + "PLAN;KF;Program 2019–2022;Kommunfullmäktige;;fullmäktige;2019-01-01;2022-12-31;;;;;;\n"
            + "PLAN;KS;Plan 2022;Kommunstyrelsen;;KS;2022-01-01;2022-12-31;;;;;;\n"
            + "MÅL;KF1;Attraktiv kommun;;KF;;;;;;;;;\n"
            + "MÅL;KF2;Hållbar tillväxt;;KF;;;;;;;;;\n"
            + "MÅL;KS1;Fler företag;;KS;;;;KF1, KF2;Ett starkt näringsliv;\"Företagslotsen\nSnabba bygglov\";"
            + "Lågkonjunktur|Brist på mark;;\n"
            + "MÅL;KS2;Delmål 2022;;KS;;;;;;;;2022-06-30;KS 2022-02-14 § 12\n";

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void readsTheLevelOfEachPlanByWordOrCodeAndBoardWhenEmpty() {
        var sheet = SpreadsheetCsvParser.parse("planer.csv", "typ;id;titel;organisation;nivå;start;slut\n"
                + "PLAN;P1;A;KF;Kommun;2022-01-01;2022-12-31\n"
                + "PLAN;P2;B;Bygg- och miljönämnden;NÄMND;2022-01-01;2022-12-31\n"
                + "PLAN;P3;C;Tekniska förvaltningen;forvaltning;2022-01-01;2022-12-31\n"
                + "PLAN;P4;D;Skola X;UNIT;2022-01-01;2022-12-31\n"
                + "PLAN;P5;E;KS;;2022-01-01;2022-12-31\n"
                + "PLAN;P6;F;KF;Fullmäktige;2022-01-01;2022-12-31\n");

        assertThat(sheet.plans()).extracting(SheetPlan::level).containsExactly(PlanLevel.COUNCIL, PlanLevel.BOARD,
                PlanLevel.ADMINISTRATION, PlanLevel.UNIT, PlanLevel.BOARD, PlanLevel.COUNCIL);
    }

    @Test
    void readsContributionsTextsAndValidityOfGoals() {
        var sheet = SpreadsheetCsvParser.parse("planer.csv", TWO_PLANS);

        SheetGoal ks1 = sheet.goal("KS1").orElseThrow();
        assertThat(ks1.contributesTo()).containsExactly("KF1", "KF2");
        assertThat(ks1.purpose()).isEqualTo("Ett starkt näringsliv");
        assertThat(ks1.strategies()).containsExactly("Företagslotsen", "Snabba bygglov");
        assertThat(ks1.risks()).containsExactly("Lågkonjunktur", "Brist på mark");
        assertThat(ks1.validity()).isNull();
        assertThat(sheet.goal("KS2").orElseThrow().validity()).isEqualTo(new SheetValidity(date("2022-06-30"),
                new DecisionRef(null, "KS", date("2022-02-14"), "12", null)));
    }

    @Test
    void readsFlowsYearlyTargetsTextBaselinesAndRetirement() {
        var sheet = SpreadsheetCsvParser.parse("mått.csv", "typ;id;titel;organisation;mål;start;slut;mattslag;"
                + "ingangsbeskrivning;malvarden per ar;målbeskrivning;galler till;beslut\n"
                + "PLAN;P;Plan;KS;;2020-01-01;2022-12-31;;;;;;\n"
                + "MÅL;M;Näringsliv;;;;;;;;;;\n"
                + "NYCKELTAL;N1;Antal nya företag;;M;;;Flöde;;\"2020: 90 | 2021: 95,5\n2022: 100.25\";;;\n"
                + "NYCKELTAL;N2;Kostpolicy;;M;;;;Sätts i samband med ny kostpolicy;;Policyn följs;2021-12-31;"
                + "KS 2021-11-29 § 140\n");

        SheetIndicator flow = sheet.indicator("N1").orElseThrow();
        assertThat(flow.kind()).isEqualTo(IndicatorKind.FLOW);
        assertThat(flow.target()).isNull();
        assertThat(flow.yearTargets()).containsExactly(new YearTarget(2020, new BigDecimal("90")),
                new YearTarget(2021, new BigDecimal("95.5")), new YearTarget(2022, new BigDecimal("100.25")));
        SheetIndicator text = sheet.indicator("N2").orElseThrow();
        assertThat(text.kind()).isEqualTo(IndicatorKind.LEVEL);
        assertThat(text.baselineText()).isEqualTo("Sätts i samband med ny kostpolicy");
        assertThat(text.baselineValue()).isNull();
        assertThat(text.validity()).isEqualTo(new SheetValidity(date("2021-12-31"),
                new DecisionRef(null, "KS", date("2021-11-29"), "140", null)));
    }

    @Test
    void readsAJudgementByLabelOrCodeWithItsText() {
        var sheet = SpreadsheetCsvParser.parse("bedömning.csv", "typ;id;titel;organisation;mål;nyckeltal;start;slut;"
                + "målbeskrivning;datum;värde;bedomning;kommentar\n"
                + "PLAN;P;Plan;KS;;;2022-01-01;2022-12-31;;;;;\n"
                + "MÅL;M;Trygghet;;;;;;;;;;\n"
                + "NYCKELTAL;N;Trygghet;;M;;;;Alla känner sig trygga;;;;\n"
                + "MÄTNING;;;;;N;;;;2022-04-30;;i fas;Enligt plan\n"
                + "MÄTNING;;;;;N;;;;2022-08-31;;AT_RISK;Två skolor släpar\n"
                + "MÄTNING;;;;;N;;;;2022-10-31;;Ur fas;Planen stoppad\n");

        assertThat(sheet.measurements()).extracting(SheetMeasurement::judgement)
                .containsExactly(Judgement.ON_COURSE, Judgement.AT_RISK, Judgement.OFF_COURSE);
        assertThat(sheet.measurements().get(1)).isEqualTo(new SheetMeasurement("N", date("2022-08-31"), null, false,
                "Två skolor släpar", 6, Judgement.AT_RISK));
        assertThat(sheet.measurements()).extracting(SheetMeasurement::value).containsOnly((BigDecimal) null);
        assertThat(sheet.measurements()).extracting(SheetMeasurement::noNewData).containsOnly(false);
    }
}
