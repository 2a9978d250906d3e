package se.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.events.Baseline;
import se.ledger.events.DecisionRef;
import se.ledger.events.GoalId;
import se.ledger.events.IndicatorKind;
import se.ledger.events.Judgement;
import se.ledger.events.PlanLevel;
import se.ledger.events.YearTarget;
import se.ledger.goal.command.DefineGoal;
import se.ledger.goal.command.GoalTexts;
import se.ledger.goal.command.ReviseGoal;
import se.ledger.imports.csv.SpreadsheetCsvParser;
import se.ledger.indicator.command.DefineIndicator;
import se.ledger.indicator.command.RecordMeasurement;
import se.ledger.indicator.command.ReviseIndicator;
import se.ledger.plan.command.RegisterPlan;

/** The issue-10 columns as the commands the API takes for them. */
class SpreadsheetTranslatorNewFieldsTest {

    private static final String SHEET = "typ;id;titel;organisation;plan;mål;nyckeltal;nivå;start;slut;bidrar till;"
            + "syfte;strategier;risker;gäller till;beslut;måttslag;ingångsvärde;ingångsdatum;ingångsbeskrivning;"
            + "målbeskrivning;målvärden per år;datum;bedömning;kommentar\n"
            + "PLAN;KS;Plan 2022;Kommunstyrelsen;;;;styrelse;2022-01-01;2022-12-31;;;;;;;;;;;;;;;\n"
            + "MÅL;KS1;Fler företag;;KS;;;;;;KF1;Starkt näringsliv;Företagslotsen|Snabba bygglov;Lågkonjunktur;;;"
            + ";;;;;;;;\n"
            + "PLAN;KF;Program;Kommunfullmäktige;;;;fullmäktige;2019-01-01;2022-12-31;;;;;;;;;;;;;;;\n"
            + "MÅL;KF1;Attraktiv kommun;;KF;;;;;;;;;;;;;;;;;;;;\n"
            + "MÅL;KS2;Delmål våren 2022;;KS;;;;;;;;;;2022-06-30;KS 2022-02-14 § 12;;;;;;;;;\n"
            + "NYCKELTAL;N1;Antal nya företag;;;KS1;;;;;;;;;;;flöde;71;2021-12-31;;;2022: 90;;;\n"
            + "NYCKELTAL;N2;Kostpolicy;;;KS1;;;;;;;;;2022-09-30;KS 2022-08-29 § 80;;;;Sätts med ny kostpolicy;"
            + "Policyn följs;;;;\n"
            + "MÄTNING;;;;;;N2;;;;;;;;;;;;;;;;2022-08-31;Risk;Policyn är försenad\n";

    private final List<ImportStep> steps = SpreadsheetTranslator.translate(
            SpreadsheetCsvParser.parse("nytt.csv", SHEET), "import:nytt.csv");

    private <T> List<T> commands(Class<T> type) {
        return steps.stream().map(ImportStep::command).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void registersEachPlanAtItsLevel() {
        assertThat(commands(RegisterPlan.class)).extracting(RegisterPlan::level)
                .containsExactly(PlanLevel.BOARD, PlanLevel.COUNCIL);
    }

    @Test
    void definesAContributedToGoalFirstThenTheGoalWithItsContributionsAndTexts() {
        assertThat(commands(DefineGoal.class)).extracting(g -> g.goalId().value())
                .containsExactly("KF1", "KS1", "KS2");
        DefineGoal ks1 = commands(DefineGoal.class).get(1);
        assertThat(ks1.texts()).isEqualTo(new GoalTexts(List.of(new GoalId("KF1")), "Starkt näringsliv",
                List.of("Företagslotsen", "Snabba bygglov"), List.of("Lågkonjunktur")));
        assertThat(commands(DefineGoal.class).get(0).texts()).isNull();
    }

    @Test
    void endsAGoalAndAnIndicatorByARevisionWithTheirDecisionRightAfterTheDefinition() {
        assertThat(steps).extracting(ImportStep::kind, ImportStep::aggregateId).containsSubsequence(
                org.assertj.core.groups.Tuple.tuple(StepKind.GOAL, "KS2"),
                org.assertj.core.groups.Tuple.tuple(StepKind.REVISION, "KS2"),
                org.assertj.core.groups.Tuple.tuple(StepKind.INDICATOR, "N2"),
                org.assertj.core.groups.Tuple.tuple(StepKind.REVISION, "N2"));
        ReviseGoal goal = commands(ReviseGoal.class).get(0);
        assertThat(goal.validTo()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(goal.decision()).isEqualTo(new DecisionRef(null, "KS", LocalDate.of(2022, 2, 14), "12", null));
        assertThat(goal.reason()).isEqualTo("Gäller till och med 2022-06-30 enligt beslut KS 2022-02-14 § 12 i "
                + "importerad fil");
        assertThat(goal.title()).isNull();
        assertThat(goal.texts()).isNull();
        ReviseIndicator indicator = commands(ReviseIndicator.class).get(0);
        assertThat(indicator.validTo()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(indicator.targets()).isNull();
        assertThat(indicator.decision().citation()).isEqualTo("KS 2022-08-29 § 80");
        assertThat(ImportCounts.of(steps)).isEqualTo(new ImportCounts(2, 3, 2, 0, 0, 0, 0, 1));
    }

    @Test
    void definesAFlowWithYearlyTargetsAndALevelWithATextBaseline() {
        DefineIndicator flow = commands(DefineIndicator.class).get(0);
        assertThat(flow.kind()).isEqualTo(IndicatorKind.FLOW);
        assertThat(flow.target()).isNull();
        assertThat(flow.targets()).containsExactly(new YearTarget(2022, new BigDecimal("90")));
        assertThat(flow.baseline()).isEqualTo(new Baseline(new BigDecimal("71"), LocalDate.of(2021, 12, 31)));
        DefineIndicator text = commands(DefineIndicator.class).get(1);
        assertThat(text.kind()).isEqualTo(IndicatorKind.LEVEL);
        assertThat(text.targets()).isNull();
        assertThat(text.baseline()).isEqualTo(new Baseline(null, "Sätts med ny kostpolicy", null));
        assertThat(text.target().text()).isEqualTo("Policyn följs");
    }

    @Test
    void recordsAJudgementWithItsText() {
        RecordMeasurement judged = commands(RecordMeasurement.class).get(0);
        assertThat(judged.judgement()).isEqualTo(Judgement.AT_RISK);
        assertThat(judged.comment()).isEqualTo("Policyn är försenad");
        assertThat(judged.value()).isNull();
        assertThat(judged.noNewData()).isFalse();
        assertThat(judged.effectiveDate()).isEqualTo(LocalDate.of(2022, 8, 31));
    }
}
