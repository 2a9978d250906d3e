package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.plan.query.Assessment.AT_RISK;
import static se.ledger.plan.query.Assessment.FINE;
import static se.ledger.plan.query.Assessment.IGNORED;
import static se.ledger.plan.query.Assessment.OFF_COURSE;
import static se.ledger.plan.query.Assessment.ON_COURSE;
import static se.ledger.plan.query.Assessment.UNASSESSABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.events.ActivityStatus;
import se.ledger.events.DecisionRef;
import se.ledger.events.IndicatorKind;
import se.ledger.events.Judgement;
import se.ledger.events.Prognosis;
import se.ledger.plan.query.IndicatorJudgement.Indicator;
import se.ledger.plan.query.PrognosisRule.Activity;
import se.ledger.plan.query.PrognosisRule.GoalPrognosis;
import se.ledger.plan.query.PrognosisRule.Parameters;
import se.ledger.plan.query.PrognosisRule.Result;

/** Every branch of the computed prognosis of a goal, each with the reason it gives. */
class PrognosisRuleTest {

    private static final LocalDate BASE = LocalDate.of(2021, 12, 31);
    private static final LocalDate TARGET_DATE = LocalDate.of(2022, 12, 31);
    private static final LocalDate AUGUST = LocalDate.of(2022, 8, 31);
    private static final Parameters DEFAULT = Parameters.DEFAULT;

    private static Indicator numeric(String latest) {
        return new Indicator("i", "Andel nöjda", "%", new BigDecimal("60"), BASE, new BigDecimal("80"), null, null,
                TARGET_DATE, latest == null ? null : new BigDecimal(latest), false, latest == null ? null : AUGUST);
    }

    private static Indicator judged(Judgement judgement, String text) {
        return new Indicator("q", "Kostpolicy", "", null, null, null, null, "Sätts i samband med ny kostpolicy", null,
                null, false, LocalDate.of(2022, 6, 30), IndicatorKind.LEVEL, null, judgement, text, "chef", null);
    }

    private static GoalPrognosis sub(Prognosis prognosis) {
        return new GoalPrognosis("g", "Delmål", prognosis);
    }

    private static List<Activity> activities(int atRisk, int fine) {
        var list = new java.util.ArrayList<Activity>();
        for (int n = 0; n < atRisk; n++) {
            list.add(new Activity("r" + n, "Risk " + n, ActivityStatus.DEVIATING, null));
        }
        for (int n = 0; n < fine; n++) {
            list.add(new Activity("f" + n, "Fin " + n, ActivityStatus.ON_TRACK, null));
        }
        return list;
    }

    private static Result goal(List<Indicator> indicators, List<Activity> activities, List<GoalPrognosis> goals) {
        return PrognosisRule.goal(false, indicators, activities, goals, DEFAULT, AUGUST);
    }

    @Test
    void inriktningsmalGetsNoPrognosisButListsItsReasons() {
        var result = PrognosisRule.goal(true, List.of(numeric("75")), List.of(), List.of(), DEFAULT, AUGUST);
        assertThat(result.prognosis()).isNull();
        assertThat(result.summary()).isEqualTo("Inriktningsmål: ingen prognos.");
        assertThat(result.reasons()).hasSize(1);
    }

    @Test
    void noEvidenceCannotBeAssessed() {
        var result = goal(List.of(numeric(null)), List.of(new Activity("a", "X", ActivityStatus.CANCELLED, null)),
                List.of(sub(Prognosis.NOT_ASSESSABLE)));
        assertThat(result.prognosis()).isEqualTo(Prognosis.NOT_ASSESSABLE);
        assertThat(result.summary()).isEqualTo("Inget mått och ingen aktivitet kan bedömas.");
        assertThat(result.reasons()).extracting("assessment").containsExactly(UNASSESSABLE, IGNORED, IGNORED);
        assertThat(goal(List.of(), List.of(), List.of()).prognosis()).isEqualTo(Prognosis.NOT_ASSESSABLE);
    }

    @Test
    void allMeasuresOnCourseIsMet() {
        var result = goal(List.of(numeric("75"), numeric(null)), activities(0, 1), List.of(sub(Prognosis.MET)));
        assertThat(result.prognosis()).isEqualTo(Prognosis.MET);
        assertThat(result.summary()).isEqualTo("Alla 2 mått är i fas.");
        assertThat(result.reasons()).extracting("assessment").containsExactly(ON_COURSE, UNASSESSABLE, FINE, ON_COURSE);
    }

    @Test
    void noMeasureOnCourseAndOneOffCourseIsNotMet() {
        var result = goal(List.of(numeric("58"), numeric("66.5")), activities(0, 2), List.of());
        assertThat(result.prognosis()).isEqualTo(Prognosis.NOT_MET);
        assertThat(result.summary()).isEqualTo("Inget av 2 mått är i fas och 1 är ur fas.");
        assertThat(goal(List.of(), List.of(), List.of(sub(Prognosis.NOT_MET))).prognosis())
                .isEqualTo(Prognosis.NOT_MET);
    }

    @Test
    void oneOnCourseAndOneOffCourseIsPartlyMetNoLongerNotMet() {
        var result = goal(List.of(numeric("58"), numeric("81")), List.of(), List.of());
        assertThat(result.prognosis()).isEqualTo(Prognosis.PARTLY_MET);
        assertThat(result.summary()).isEqualTo("1 av 2 mått är i fas, 1 ur fas.");
    }

    @Test
    void measuresOnlyAtRiskArePartlyMet() {
        var result = goal(List.of(numeric("66.5")), List.of(), List.of(sub(Prognosis.PARTLY_MET)));
        assertThat(result.prognosis()).isEqualTo(Prognosis.PARTLY_MET);
        assertThat(result.summary()).isEqualTo("0 av 2 mått är i fas, 0 ur fas.");
    }

    @Test
    void activitiesMostlyAtRiskLowerMetToPartlyMet() {
        var result = goal(List.of(numeric("75")), activities(2, 1), List.of());
        assertThat(result.prognosis()).isEqualTo(Prognosis.PARTLY_MET);
        assertThat(result.summary()).isEqualTo("Alla 1 mått är i fas, men 2 av 3 räknade aktiviteter har risk"
                + " (mer än 50 %): sänkt till uppfylls delvis.");
        assertThat(goal(List.of(numeric("75")), activities(1, 1), List.of()).prognosis())
                .as("exactly half is not more than half").isEqualTo(Prognosis.MET);
    }

    @Test
    void activitiesNeverLowerFurtherThanPartlyMet() {
        assertThat(goal(List.of(numeric("66.5")), activities(3, 0), List.of()).prognosis())
                .isEqualTo(Prognosis.PARTLY_MET);
        assertThat(goal(List.of(numeric("58")), activities(0, 3), List.of()).prognosis())
                .as("nor raise").isEqualTo(Prognosis.NOT_MET);
    }

    @Test
    void aPlanMayForbidActivitiesToLowerTheResult() {
        var rule = new Parameters(false, new BigDecimal("0.5"), null, null);
        var result = PrognosisRule.goal(false, List.of(numeric("75")), activities(3, 0), List.of(), rule, AUGUST);
        assertThat(result.prognosis()).isEqualTo(Prognosis.MET);
        assertThat(result.summary()).isEqualTo("Alla 1 mått är i fas; 3 av 3 räknade aktiviteter har risk, men enligt"
                + " planens regel får aktiviteter inte sänka resultatet.");
    }

    @Test
    void activitiesAloneNoneAtRiskIsMetAndSaysItRestsOnActivities() {
        var result = goal(List.of(numeric(null)), activities(0, 2), List.of(sub(Prognosis.NOT_ASSESSABLE)));
        assertThat(result.prognosis()).isEqualTo(Prognosis.MET);
        assertThat(result.summary()).isEqualTo("Bedömningen vilar enbart på aktiviteter (inget mått kan bedömas):"
                + " ingen av 2 räknade aktiviteter har risk.");
    }

    @Test
    void activitiesAloneMoreThanHalfAtRiskIsNotMet() {
        var result = goal(List.of(), activities(2, 1), List.of());
        assertThat(result.prognosis()).isEqualTo(Prognosis.NOT_MET);
        assertThat(result.summary()).isEqualTo("Bedömningen vilar enbart på aktiviteter (inget mått kan bedömas):"
                + " 2 av 3 räknade aktiviteter har risk, mer än 50 %.");
    }

    @Test
    void activitiesAloneSomeAtRiskIsPartlyMet() {
        var result = goal(List.of(), activities(1, 1), List.of());
        assertThat(result.prognosis()).isEqualTo(Prognosis.PARTLY_MET);
        assertThat(result.summary()).isEqualTo("Bedömningen vilar enbart på aktiviteter (inget mått kan bedömas):"
                + " 1 av 2 räknade aktiviteter har risk, högst 50 %.");
    }

    @Test
    void aPlansOwnShareDecidesWhenActivitiesMakeNotMet() {
        var rule = new Parameters(true, new BigDecimal("0.25"), new DecisionRef(null, "KS", AUGUST, "§ 1", null),
                AUGUST);
        var result = PrognosisRule.goal(false, List.of(), activities(1, 2), List.of(), rule, AUGUST);
        assertThat(result.prognosis()).isEqualTo(Prognosis.NOT_MET);
        assertThat(result.summary()).endsWith("1 av 3 räknade aktiviteter har risk, mer än 25 %.");
    }

    @Test
    void contributingGoalsCountAsSubGoalsDo() {
        var contribution = new GoalPrognosis("ks1", "Fler företag", Prognosis.NOT_MET, true);
        var result = goal(List.of(), List.of(), List.of(contribution, sub(Prognosis.NOT_MET)));
        assertThat(result.prognosis()).isEqualTo(Prognosis.NOT_MET);
        assertThat(result.reasons()).extracting("kind", "assessment", "text").containsExactly(
                org.assertj.core.groups.Tuple.tuple("contribution", OFF_COURSE, "Bidrar: Fler företag: uppfylls inte"),
                org.assertj.core.groups.Tuple.tuple("goal", OFF_COURSE, "Delmål: uppfylls inte"));
    }

    @Test
    void aQualitativeJudgementCountsAndListsItsText() {
        var result = goal(List.of(judged(Judgement.AT_RISK, "Arbetet har startat men policyn är inte antagen")),
                List.of(), List.of());
        assertThat(result.prognosis()).isEqualTo(Prognosis.PARTLY_MET);
        assertThat(result.reasons()).extracting("assessment", "text").containsExactly(org.assertj.core.groups.Tuple
                .tuple(AT_RISK, "Kostpolicy: kvalitativ bedömning 2022-06-30 av chef: Arbetet har startat men policyn"
                        + " är inte antagen"));
        assertThat(goal(List.of(judged(Judgement.ON_COURSE, "Klart")), List.of(), List.of()).prognosis())
                .isEqualTo(Prognosis.MET);
        assertThat(goal(List.of(judged(Judgement.OFF_COURSE, "Stoppat")), List.of(), List.of()).prognosis())
                .isEqualTo(Prognosis.NOT_MET);
    }

    @Test
    void activitiesWeighByStatus() {
        var start = LocalDate.of(2022, 3, 1);
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.COMPLETED, start), AUGUST)
                .assessment()).isEqualTo(FINE);
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.ON_TRACK, start), AUGUST)
                .assessment()).isEqualTo(FINE);
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.DEVIATING, start), AUGUST))
                .extracting("assessment", "text").containsExactly(AT_RISK, "Workshop: Pågående med avvikelse");
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.COMPLETED_WITH_DEVIATION,
                start), AUGUST).assessment()).isEqualTo(AT_RISK);
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.NOT_STARTED, start), AUGUST))
                .extracting("assessment", "text")
                .containsExactly(AT_RISK, "Workshop: ej påbörjad fast start var 2022-03-01");
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.NOT_STARTED,
                LocalDate.of(2022, 10, 1)), AUGUST).assessment()).isEqualTo(FINE);
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.NOT_STARTED, null), AUGUST)
                .assessment()).isEqualTo(IGNORED);
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.CANCELLED, start), AUGUST))
                .extracting("assessment", "text").containsExactly(IGNORED, "Workshop: avbruten, räknas inte");
    }

    @Test
    void subGoalsCountByTheirOwnPrognosis() {
        assertThat(PrognosisRule.goal(new GoalPrognosis("g", "Delmål", Prognosis.MET)).assessment()).isEqualTo(ON_COURSE);
        assertThat(PrognosisRule.goal(new GoalPrognosis("g", "Delmål", Prognosis.PARTLY_MET)).assessment())
                .isEqualTo(AT_RISK);
        assertThat(PrognosisRule.goal(new GoalPrognosis("g", "Delmål", Prognosis.NOT_MET)))
                .extracting("assessment", "text").containsExactly(OFF_COURSE, "Delmål: uppfylls inte");
        assertThat(PrognosisRule.goal(new GoalPrognosis("g", "Delmål", null)).assessment()).isEqualTo(IGNORED);
    }

    @Test
    void activitiesOnCourseOrNotCountedSayWhy() {
        var start = LocalDate.of(2022, 3, 1);
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.COMPLETED, start), AUGUST)
                .text()).isEqualTo("Workshop: Avslutad enligt plan");
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.ON_TRACK, start), AUGUST)
                .text()).isEqualTo("Workshop: Pågående enligt plan");
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.COMPLETED_WITH_DEVIATION,
                start), AUGUST).text()).isEqualTo("Workshop: Avslutad med avvikelse");
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.NOT_STARTED,
                LocalDate.of(2022, 10, 1)), AUGUST).text()).isEqualTo("Workshop: ej påbörjad, start 2022-10-01");
        assertThat(PrognosisRule.activity(new Activity("a", "Workshop", ActivityStatus.NOT_STARTED, null), AUGUST)
                .text()).isEqualTo("Workshop: ingen status rapporterad och inget startdatum, räknas inte");
    }

    @Test
    void subGoalThatCannotBeAssessedIsIgnoredWithItsReason() {
        assertThat(PrognosisRule.goal(new GoalPrognosis("g", "Delmål", Prognosis.NOT_ASSESSABLE)))
                .extracting("assessment", "text").containsExactly(IGNORED, "Delmål: kan inte bedömas");
        assertThat(PrognosisRule.goal(new GoalPrognosis("g", "Delmål", null)))
                .extracting("assessment", "text").containsExactly(IGNORED, "Delmål: inriktningsmål, ingen prognos");
        assertThat(PrognosisRule.goal(new GoalPrognosis("g", "Delmål", Prognosis.MET)).text())
                .isEqualTo("Delmål: uppfylls");
        assertThat(PrognosisRule.goal(new GoalPrognosis("g", "Delmål", Prognosis.PARTLY_MET)).text())
                .isEqualTo("Delmål: uppfylls delvis");
    }
}
