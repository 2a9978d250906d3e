package se.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ledger.activity.command.ChangeActivityStatus;
import se.ledger.activity.command.PlanActivity;
import se.ledger.events.ActivityStatus;
import se.ledger.events.Baseline;
import se.ledger.events.GoalId;
import se.ledger.events.PlanId;
import se.ledger.events.PlanLevel;
import se.ledger.events.Responsible;
import se.ledger.events.Target;
import se.ledger.events.TargetDirection;
import se.ledger.goal.command.DefineGoal;
import se.ledger.imports.csv.SpreadsheetCsvParser;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;
import se.ledger.indicator.command.DefineIndicator;
import se.ledger.indicator.command.RecordMeasurement;
import se.ledger.plan.command.RegisterPlan;

/** The shipped example as commands, ids as written in the file. */
class SpreadsheetTranslatorTest {

    static final String FILE = "exempel-verksamhetsplan.csv";
    private static List<ImportStep> steps;

    @BeforeAll
    static void translateExample() throws IOException {
        try (InputStream in = SpreadsheetTranslatorTest.class.getResourceAsStream("/imports/" + FILE)) {
            steps = SpreadsheetTranslator.translate(SpreadsheetCsvParser.parse(FILE, in), "import:" + FILE);
        }
    }

    private static <T> List<T> commands(Class<T> type) {
        return steps.stream().map(ImportStep::command).filter(type::isInstance).map(type::cast).toList();
    }

    private static List<ImportStep> translate(String csv) {
        return SpreadsheetTranslator.translate(SpreadsheetCsvParser.parse("test.csv", csv), "import:test.csv");
    }

    @Test
    void sendsPlansGoalsIndicatorsActivitiesStatusesAndMeasurementsInThatOrder() {
        assertThat(steps).extracting(ImportStep::kind).containsExactly(StepKind.PLAN, StepKind.GOAL, StepKind.GOAL,
                StepKind.GOAL, StepKind.GOAL, StepKind.REVISION, StepKind.INDICATOR, StepKind.INDICATOR,
                StepKind.INDICATOR, StepKind.INDICATOR, StepKind.INDICATOR, StepKind.ACTIVITY,
                StepKind.ACTIVITY, StepKind.ACTIVITY, StepKind.ACTIVITY, StepKind.STATUS, StepKind.STATUS,
                StepKind.STATUS, StepKind.MEASUREMENT, StepKind.MEASUREMENT, StepKind.MEASUREMENT,
                StepKind.MEASUREMENT, StepKind.MEASUREMENT, StepKind.MEASUREMENT, StepKind.MEASUREMENT,
                StepKind.MEASUREMENT);
        assertThat(ImportCounts.of(steps)).isEqualTo(new ImportCounts(1, 4, 5, 4, 3, 0, 0, 8));
        assertThat(steps).extracting(ImportStep::command)
                .allSatisfy(c -> assertThat(c).hasFieldOrPropertyWithValue("actor", "import:" + FILE));
    }

    @Test
    void keepsTheFilesIdsAndLines() {
        assertThat(steps.get(0).command()).isEqualTo(new RegisterPlan(new PlanId("BUN-2022"),
                "Barn- och utbildningsnämnden, Exempelby kommun", "Verksamhetsplan 2022 barn- och utbildningsnämnden",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "import:" + FILE, null, null, PlanLevel.BOARD));
        assertThat(steps).extracting(ImportStep::aggregateId).startsWith("BUN-2022", "M1", "M2", "M3", "M4", "M4",
                "N1");
        assertThat(steps).extracting(ImportStep::sourceLine).startsWith(2, 3, 4, 5, 20, 20, 6);
    }

    @Test
    void definesGoalsWithTheirAreaDirectionSdgsAndEffects() {
        var m1 = commands(DefineGoal.class).get(0);
        assertThat(m1.direction()).isTrue();
        assertThat(m1.area()).isEqualTo("Barn och unga");
        assertThat(m1.sdgs()).containsExactly(4, 10);
        assertThat(m1.desiredEffects()).containsExactly("Fler elever fullföljer sin utbildning",
                "Barn och elever känner sig trygga i förskola och skola");
        assertThat(commands(DefineGoal.class).get(1).parentGoalId()).isEqualTo(new GoalId("M1"));
    }

    @Test
    void definesIndicatorsWithBaselineAndEachKindOfTarget() {
        var indicators = commands(DefineIndicator.class);
        assertThat(indicators.get(0).baseline())
                .isEqualTo(new Baseline(new BigDecimal("82.4"), LocalDate.of(2021, 6, 30)));
        assertThat(indicators.get(0).target())
                .isEqualTo(new Target(new BigDecimal("86.0"), null, null, LocalDate.of(2022, 6, 30)));
        assertThat(indicators.get(1).target())
                .isEqualTo(new Target(null, TargetDirection.DECREASE, null, LocalDate.of(2022, 12, 31)));
        assertThat(indicators.get(2).baseline()).isNull();
        assertThat(indicators.get(2).target().text()).startsWith("Samtliga skolor");
        assertThat(indicators.get(2).goalId()).isEqualTo(new GoalId("M1"));
    }

    @Test
    void plansActivitiesInTheirGoalsPlanAndReportsEveryStatusButNotStarted() {
        var a2 = commands(PlanActivity.class).get(1);
        assertThat(a2.planId()).isEqualTo(new PlanId("BUN-2022"));
        assertThat(a2.goalIds()).containsExactly(new GoalId("M1"), new GoalId("M2"));
        assertThat(a2.responsible()).isEqualTo(new Responsible("Per Lind", "Elevhälsan"));
        assertThat(a2.start()).isEqualTo(LocalDate.of(2022, 1, 10));
        var statuses = commands(ChangeActivityStatus.class);
        assertThat(statuses).extracting(s -> s.activityId().value()).containsExactly("A1", "A2", "A3");
        assertThat(statuses).extracting(ChangeActivityStatus::status)
                .containsExactly(ActivityStatus.COMPLETED, ActivityStatus.DEVIATING, ActivityStatus.ON_TRACK);
        assertThat(statuses.get(1).explanation()).contains("; rektorerna har prioriterat om")
                .contains("\nRekrytering pågår");
        assertThat(statuses).extracting(ChangeActivityStatus::effectiveDate).containsOnly(LocalDate.of(2022, 8, 31));
    }

    @Test
    void recordsMeasurementsIncludingNoNewData() {
        var measurements = commands(RecordMeasurement.class);
        assertThat(measurements.get(0).value()).isEqualByComparingTo("85.1");
        assertThat(measurements.get(0).effectiveDate()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(measurements.get(1).noNewData()).isTrue();
        assertThat(measurements.get(1).value()).isNull();
        assertThat(measurements.get(1).comment()).isEqualTo("Slutligt utfall publiceras i september");
    }

    @Test
    void definesAParentGoalBeforeItsSubGoalWhateverTheFilesOrder() {
        var goals = translate("typ;id;titel;organisation;start;slut;överordnat mål\n"
                + "PLAN;P1;Plan;KS;2022-01-01;2022-12-31;\n"
                + "MÅL;D2;Delmål av delmål;;;;D1\n"
                + "MÅL;D1;Delmål;;;;K1\n"
                + "MÅL;K1;Kommunmål;;;;\n"
                + "MÅL;K2;Annat mål;;;;\n").stream().filter(s -> s.kind() == StepKind.GOAL).toList();
        assertThat(goals).extracting(ImportStep::aggregateId).containsExactly("K1", "D1", "D2", "K2");
        assertThat(goals).extracting(ImportStep::sourceLine).containsExactly(5, 4, 3, 6);
    }

    @Test
    void refusesIdsThatCannotBeLedgerIdsNamingEveryLine() {
        var rejected = catchThrowableOfType(() -> translate("typ;id;titel;organisation;start;slut;mål;ansvarig\n"
                + "PLAN;Plan 2022;Plan;KS;2022-01-01;2022-12-31;;\n"
                + "MÅL;Mål1;Trygg skola;;;;;\n"
                + "AKTIVITET;A1;Enkät;;;;Mål1;Eva\n"), ImportRejected.class);
        assertThat(rejected.fileName()).isEqualTo("test.csv");
        assertThat(rejected.problems()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "id"), org.assertj.core.groups.Tuple.tuple(3, "id"));
        assertThat(rejected.problems().get(0).reason()).startsWith("'Plan 2022' kan inte vara ett id");
    }
}
