package se.ledger.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ledger.events.IndicatorKind;
import se.ledger.events.Judgement;
import se.ledger.events.PlanLevel;
import se.ledger.events.YearTarget;

/** The shipped example and template: what a municipality copies must parse, and parse as written. */
class ExampleSheetTest {

    private static SpreadsheetImport sheet;

    @BeforeAll
    static void parseExample() throws IOException {
        sheet = parseResource("exempel-verksamhetsplan.csv");
    }

    private static SpreadsheetImport parseResource(String name) throws IOException {
        try (InputStream in = ExampleSheetTest.class.getResourceAsStream("/imports/" + name)) {
            return SpreadsheetCsvParser.parse(name, in);
        }
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theTemplateHoldsOnlyTheHeaderAndCommentedExamples() throws IOException {
        SpreadsheetImport template = parseResource("mall-verksamhetsplan.csv");

        assertThat(template.plans()).isEmpty();
        assertThat(template.goals()).isEmpty();
        assertThat(template.indicators()).isEmpty();
        assertThat(template.activities()).isEmpty();
        assertThat(template.measurements()).isEmpty();
    }

    @Test
    void countsEveryKindOfRow() {
        assertThat(sheet.fileName()).isEqualTo("exempel-verksamhetsplan.csv");
        assertThat(sheet.plans()).hasSize(1);
        assertThat(sheet.goals()).extracting(SheetGoal::id).containsExactly("M1", "M2", "M3", "M4");
        assertThat(sheet.indicators()).extracting(SheetIndicator::id).containsExactly("N1", "N2", "N3", "N4", "N5");
        assertThat(sheet.activities()).extracting(SheetActivity::id).containsExactly("A1", "A2", "A3", "A4");
        assertThat(sheet.measurements()).hasSize(8);
    }

    @Test
    void readsThePlan() {
        assertThat(sheet.plans().get(0)).isEqualTo(new SheetPlan("BUN-2022",
                "Barn- och utbildningsnämnden, Exempelby kommun", "Verksamhetsplan 2022 barn- och utbildningsnämnden",
                date("2022-01-01"), date("2022-12-31"), 2));
    }

    @Test
    void readsTheDirectionGoalAndItsSubGoal() {
        assertThat(sheet.goal("M1")).contains(new SheetGoal("M1", "BUN-2022", null,
                "Alla barn och elever ska nå sin fulla potential", "Barn och unga", true,
                List.of("Fler elever fullföljer sin utbildning",
                        "Barn och elever känner sig trygga i förskola och skola"),
                List.of(4, 10), 3, List.of(), "Ge varje barn och elev förutsättningar att lyckas i skolan och livet",
                List.of("Tidiga insatser", "Likvärdig undervisning"), List.of("Brist på legitimerade lärare"), null));
        SheetGoal subGoal = sheet.goal("M2").orElseThrow();
        assertThat(subGoal.parentGoalId()).isEqualTo("M1");
        assertThat(subGoal.directionGoal()).isFalse();
        assertThat(subGoal.title())
                .isEqualTo("Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka");
        assertThat(subGoal.sdgs()).containsExactly(4);
        assertThat(subGoal.sourceLine()).isEqualTo(4);
        SheetGoal third = sheet.goal("M3").orElseThrow();
        assertThat(third.area()).isEqualTo("Attraktiv arbetsgivare");
        assertThat(third.desiredEffects()).containsExactly("Sjukfrånvaron minskar",
                "Fler medarbetare rekommenderar sin arbetsplats");
        assertThat(third.sdgs()).containsExactly(3, 8);
    }

    @Test
    void readsTheColumnsOfPlansOverLevelsAndYears() {
        assertThat(sheet.plans().get(0).level()).isEqualTo(PlanLevel.BOARD);
        assertThat(sheet.goal("M1").orElseThrow().strategies()).containsExactly("Tidiga insatser",
                "Likvärdig undervisning");
        assertThat(sheet.goal("M4").orElseThrow().validity().validTo()).isEqualTo(date("2022-06-30"));
        assertThat(sheet.goal("M4").orElseThrow().validity().decision().citation()).isEqualTo("BUN 2022-02-16 § 12");
        SheetIndicator flow = sheet.indicator("N4").orElseThrow();
        assertThat(flow.kind()).isEqualTo(IndicatorKind.FLOW);
        assertThat(flow.yearTargets()).extracting(YearTarget::year).containsExactly(2022, 2023);
        assertThat(sheet.indicator("N5").orElseThrow().baselineText()).startsWith("Följs upp första gången");
        assertThat(sheet.measurementsOf("N5")).extracting(SheetMeasurement::judgement)
                .containsExactly(Judgement.AT_RISK);
    }

    @Test
    void readsTheThreeKindsOfTarget() {
        SheetIndicator value = sheet.indicator("N1").orElseThrow();
        assertThat(value.goalId()).isEqualTo("M2");
        assertThat(value.name()).isEqualTo("Elever i åk 9 som är behöriga till yrkesprogram, andel (%)");
        assertThat(value.unit()).isEqualTo("%");
        assertThat(value.baselineValue()).isEqualByComparingTo("82.4");
        assertThat(value.baselineDate()).isEqualTo(date("2021-06-30"));
        assertThat(value.target().isNumeric()).isTrue();
        assertThat(value.target().value()).isEqualByComparingTo("86");
        assertThat(value.target().date()).isEqualTo(date("2022-06-30"));
        assertThat(value.source()).isEqualTo("Kolada");
        assertThat(value.sourceLine()).isEqualTo(6);

        SheetIndicator direction = sheet.indicator("N2").orElseThrow();
        assertThat(direction.baselineValue()).isEqualByComparingTo("7.9");
        assertThat(direction.target()).isEqualTo(new SheetTarget(null, SheetTargetDirection.DECREASE, null,
                date("2022-12-31")));

        SheetIndicator text = sheet.indicator("N3").orElseThrow();
        assertThat(text.baselineValue()).isNull();
        assertThat(text.baselineDate()).isNull();
        assertThat(text.unit()).isEqualTo("antal");
        assertThat(text.target().isQualitative()).isTrue();
        assertThat(text.target().text())
                .isEqualTo("Samtliga skolor har en aktuell plan som eleverna har varit med och tagit fram");
    }

    @Test
    void readsActivitiesWithTheirStatuses() {
        assertThat(sheet.activity("A1")).contains(new SheetActivity("A1", List.of("M2"),
                "Lovskola i matematik och svenska för elever i åk 8–9", "Anna Svensson", "Grundskolan",
                date("2022-06-13"), date("2022-08-12"), SheetActivityStatus.COMPLETED, date("2022-08-31"), null, 9));

        SheetActivity deviating = sheet.activity("A2").orElseThrow();
        assertThat(deviating.goalIds()).containsExactly("M1", "M2");
        assertThat(deviating.status()).isEqualTo(SheetActivityStatus.DEVIATING);
        // a quoted cell with ';' and a line break inside
        assertThat(deviating.explanation()).isEqualTo("Specialpedagogtjänsten har varit vakant sedan maj; "
                + "rektorerna har prioriterat om insatserna.\nRekrytering pågår, tillträde den 1 oktober.");
        assertThat(deviating.sourceLine()).isEqualTo(10);

        assertThat(sheet.activity("A3").orElseThrow().status()).isEqualTo(SheetActivityStatus.ON_TRACK);
        SheetActivity notStarted = sheet.activity("A4").orElseThrow();
        assertThat(notStarted.status()).isEqualTo(SheetActivityStatus.NOT_STARTED);
        assertThat(notStarted.start()).isEqualTo(date("2022-09-01"));
        // the multi-line cell of A2 pushes A3 to line 12
        assertThat(notStarted.sourceLine()).isEqualTo(13);
    }

    @Test
    void readsMeasurementsIncludingNoNewData() {
        List<SheetMeasurement> n1 = sheet.measurementsOf("N1");
        assertThat(n1.get(0)).isEqualTo(new SheetMeasurement("N1", date("2022-06-30"), new BigDecimal("85.1"), false,
                "Preliminärt utfall", 14));
        assertThat(n1.get(1)).isEqualTo(new SheetMeasurement("N1", date("2022-08-31"), null, true,
                "Slutligt utfall publiceras i september", 15));
        assertThat(sheet.measurementsOf("N2")).extracting(SheetMeasurement::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("8.4"), new BigDecimal("7.2"));
        assertThat(sheet.measurementsOf("N2").get(0).comment()).isNull();
        assertThat(sheet.measurementsOf("N3")).extracting(SheetMeasurement::date, SheetMeasurement::sourceLine)
                .containsExactly(tuple(date("2022-04-30"), 18),
                        tuple(date("2022-08-31"), 19));
    }
}
