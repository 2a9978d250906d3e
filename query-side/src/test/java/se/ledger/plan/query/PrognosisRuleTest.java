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
import se.ledger.events.Prognosis;
import se.ledger.events.TargetDirection;
import se.ledger.plan.query.PrognosisRule.Activity;
import se.ledger.plan.query.PrognosisRule.Indicator;
import se.ledger.plan.query.PrognosisRule.SubGoal;

/** Every branch of the computed prognosis, each with the reason it lists. */
class PrognosisRuleTest {

    private static final LocalDate BASE = LocalDate.of(2021, 12, 31);
    private static final LocalDate TARGET_DATE = LocalDate.of(2022, 12, 31);
    // a little past half the time from baseline to target (t ≈ 0.67)
    private static final LocalDate AUGUST = LocalDate.of(2022, 8, 31);

    private static Indicator numeric(String latest, LocalDate latestDate) {
        return new Indicator("i", "Andel nöjda", "%", new BigDecimal("60"), BASE, new BigDecimal("80"), null, null,
                TARGET_DATE, latest == null ? null : new BigDecimal(latest), false, latestDate);
    }

    private static Indicator direction(TargetDirection direction, String latest) {
        return new Indicator("i", "Invånare", "st", new BigDecimal("13900"), BASE, null, direction, null, null,
                new BigDecimal(latest), false, AUGUST);
    }

    @Test
    void indicatorWithoutMeasurementAfterBaselineIsUnassessable() {
        assertThat(PrognosisRule.indicator(numeric(null, null), AUGUST))
                .extracting("assessment", "text").containsExactly(UNASSESSABLE, "Andel nöjda: ingen mätning efter ingångsvärdet");
        assertThat(PrognosisRule.indicator(numeric("70", BASE), AUGUST).assessment()).isEqualTo(UNASSESSABLE);
    }

    @Test
    void noNewDataMakesIndicatorUnassessable() {
        var noData = new Indicator("i", "Andel nöjda", "%", new BigDecimal("60"), BASE, new BigDecimal("80"), null,
                null, TARGET_DATE, null, true, AUGUST);
        assertThat(PrognosisRule.indicator(noData, AUGUST))
                .extracting("assessment", "text")
                .containsExactly(UNASSESSABLE, "Andel nöjda: senaste rapport 2022-08-31: inga nya data");
    }

    @Test
    void qualitativeTargetIsUnassessable() {
        var qualitative = new Indicator("i", "Trygghet", "", new BigDecimal("1"), BASE, null, null,
                "Medborgarna känner sig trygga", null, new BigDecimal("2"), false, AUGUST);
        assertThat(PrognosisRule.indicator(qualitative, AUGUST).assessment()).isEqualTo(UNASSESSABLE);
        assertThat(PrognosisRule.indicator(qualitative, AUGUST).text()).contains("kvalitativt mål");
    }

    @Test
    void directionTargetFollowsTheWayTheLatestValueMoved() {
        assertThat(PrognosisRule.indicator(direction(TargetDirection.INCREASE, "14010"), AUGUST))
                .extracting("assessment", "text")
                .containsExactly(ON_COURSE, "Invånare: 14010 st (ingångsvärde 13900): rör sig åt rätt håll, önskad ökning");
        assertThat(PrognosisRule.indicator(direction(TargetDirection.INCREASE, "13850"), AUGUST).assessment())
                .isEqualTo(OFF_COURSE);
        assertThat(PrognosisRule.indicator(direction(TargetDirection.DECREASE, "13850"), AUGUST).assessment())
                .isEqualTo(ON_COURSE);
        assertThat(PrognosisRule.indicator(direction(TargetDirection.DECREASE, "13900"), AUGUST))
                .extracting("assessment", "text")
                .containsExactly(AT_RISK, "Invånare: 13900 st (ingångsvärde 13900): oförändrat, önskad minskning");
    }

    @Test
    void numericTargetReachedIsOnCourse() {
        assertThat(PrognosisRule.indicator(numeric("81", AUGUST), AUGUST))
                .extracting("assessment", "text")
                .containsExactly(ON_COURSE, "Andel nöjda: 81 % (ingångsvärde 60) mot målet 80 % 2022-12-31: målet är nått");
    }

    @Test
    void numericTargetAheadOfTimeIsOnCourse() {
        // s = 15/20 = 0.75 ≥ t ≈ 0.67
        var reason = PrognosisRule.indicator(numeric("75", AUGUST), AUGUST);
        assertThat(reason.assessment()).isEqualTo(ON_COURSE);
        assertThat(reason.text()).endsWith("i takt med planen (75 % av vägen, 67 % av tiden)");
    }

    @Test
    void numericTargetBehindTimeIsAtRisk() {
        var reason = PrognosisRule.indicator(numeric("66,5".replace(',', '.'), AUGUST), AUGUST);
        assertThat(reason.assessment()).isEqualTo(AT_RISK);
        assertThat(reason.text()).isEqualTo(
                "Andel nöjda: 66,5 % (ingångsvärde 60) mot målet 80 % 2022-12-31: efter planen (33 % av vägen, 67 % av tiden)");
    }

    @Test
    void numericTargetWithoutImprovementIsOffCourse() {
        assertThat(PrognosisRule.indicator(numeric("58", AUGUST), AUGUST).assessment()).isEqualTo(OFF_COURSE);
        assertThat(PrognosisRule.indicator(numeric("60", AUGUST), AUGUST).assessment()).isEqualTo(OFF_COURSE);
    }

    @Test
    void decreasingNumericTargetIsJudgedTheOtherWayRound() {
        var lower = new Indicator("i", "Sjukfrånvaro", "%", new BigDecimal("8"), BASE, new BigDecimal("6"), null, null,
                TARGET_DATE, new BigDecimal("6.5"), false, AUGUST);
        assertThat(PrognosisRule.indicator(lower, AUGUST).assessment()).isEqualTo(ON_COURSE); // s = 0.75
    }

    @Test
    void elapsedTimeIsClamped() {
        assertThat(PrognosisRule.elapsed(BASE, TARGET_DATE, LocalDate.of(2021, 6, 1))).isZero();
        assertThat(PrognosisRule.elapsed(BASE, TARGET_DATE, LocalDate.of(2023, 6, 1))).isEqualTo(1.0);
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
        assertThat(PrognosisRule.subGoal(new SubGoal("g", "Delmål", Prognosis.MET)).assessment()).isEqualTo(ON_COURSE);
        assertThat(PrognosisRule.subGoal(new SubGoal("g", "Delmål", Prognosis.PARTLY_MET)).assessment())
                .isEqualTo(AT_RISK);
        assertThat(PrognosisRule.subGoal(new SubGoal("g", "Delmål", Prognosis.NOT_MET)))
                .extracting("assessment", "text").containsExactly(OFF_COURSE, "Delmål: uppfylls inte");
        assertThat(PrognosisRule.subGoal(new SubGoal("g", "Delmål", null)).assessment()).isEqualTo(IGNORED);
    }

    @Test
    void directionGoalGetsNoPrognosis() {
        var result = PrognosisRule.goal(true, List.of(numeric("75", AUGUST)), List.of(), List.of(), AUGUST);
        assertThat(result.prognosis()).isNull();
        assertThat(result.reasons()).hasSize(1);
    }

    @Test
    void goalWithoutEvidenceCannotBeAssessed() {
        var result = PrognosisRule.goal(false, List.of(numeric(null, null)),
                List.of(new Activity("a", "X", ActivityStatus.CANCELLED, null)), List.of(), AUGUST);
        assertThat(result.prognosis()).isEqualTo(Prognosis.NOT_ASSESSABLE);
        assertThat(result.reasons()).extracting("assessment").containsExactly(UNASSESSABLE, IGNORED);
        assertThat(PrognosisRule.goal(false, List.of(), List.of(), List.of(), AUGUST).prognosis())
                .isEqualTo(Prognosis.NOT_ASSESSABLE);
    }

    @Test
    void anythingOffCourseMeansNotMet() {
        var result = PrognosisRule.goal(false, List.of(numeric("58", AUGUST), numeric("81", AUGUST)),
                List.of(new Activity("a", "X", ActivityStatus.ON_TRACK, null)), List.of(), AUGUST);
        assertThat(result.prognosis()).isEqualTo(Prognosis.NOT_MET);
        assertThat(PrognosisRule.goal(false, List.of(), List.of(),
                List.of(new SubGoal("g", "Delmål", Prognosis.NOT_MET)), AUGUST).prognosis()).isEqualTo(Prognosis.NOT_MET);
    }

    @Test
    void moreThanHalfOfTheActivitiesAtRiskMeansNotMet() {
        var twoOfThree = List.of(new Activity("a", "A", ActivityStatus.DEVIATING, null),
                new Activity("b", "B", ActivityStatus.COMPLETED_WITH_DEVIATION, null),
                new Activity("c", "C", ActivityStatus.ON_TRACK, null));
        assertThat(PrognosisRule.goal(false, List.of(), twoOfThree, List.of(), AUGUST).prognosis())
                .isEqualTo(Prognosis.NOT_MET);
        var oneOfTwo = List.of(new Activity("a", "A", ActivityStatus.DEVIATING, null),
                new Activity("c", "C", ActivityStatus.ON_TRACK, null),
                new Activity("d", "D", ActivityStatus.CANCELLED, null));
        assertThat(PrognosisRule.goal(false, List.of(), oneOfTwo, List.of(), AUGUST).prognosis())
                .isEqualTo(Prognosis.PARTLY_MET);
    }

    @Test
    void everythingOnCourseOrFineMeansMet() {
        var result = PrognosisRule.goal(false, List.of(numeric("75", AUGUST), numeric(null, null)),
                List.of(new Activity("a", "A", ActivityStatus.ON_TRACK, null)),
                List.of(new SubGoal("g", "Delmål", Prognosis.MET)), AUGUST);
        assertThat(result.prognosis()).isEqualTo(Prognosis.MET);
        assertThat(result.reasons()).extracting("assessment").containsExactly(ON_COURSE, UNASSESSABLE, FINE, ON_COURSE);
    }

    @Test
    void anythingInBetweenMeansPartlyMet() {
        assertThat(PrognosisRule.goal(false, List.of(numeric("66.5", AUGUST), numeric("81", AUGUST)), List.of(),
                List.of(), AUGUST).prognosis()).isEqualTo(Prognosis.PARTLY_MET);
        assertThat(PrognosisRule.goal(false, List.of(), List.of(new Activity("a", "A", ActivityStatus.ON_TRACK, null)),
                List.of(new SubGoal("g", "Delmål", Prognosis.PARTLY_MET)), AUGUST).prognosis())
                .isEqualTo(Prognosis.PARTLY_MET);
    }

    // The branches above that checked only the assessment, each with the reason it lists

    @Test
    void indicatorWithoutBaselineIsUnassessable() {
        var noBaseline = new Indicator("i", "Andel nöjda", "%", null, null, new BigDecimal("80"), null, null,
                TARGET_DATE, new BigDecimal("70"), false, AUGUST);
        assertThat(PrognosisRule.indicator(noBaseline, AUGUST)).extracting("assessment", "text")
                .containsExactly(UNASSESSABLE, "Andel nöjda: ingångsvärde saknas");
    }

    @Test
    void measurementNotAfterTheBaselineIsNoMeasurement() {
        assertThat(PrognosisRule.indicator(numeric("70", BASE), AUGUST)).extracting("assessment", "text")
                .containsExactly(UNASSESSABLE, "Andel nöjda: ingen mätning efter ingångsvärdet");
    }

    @Test
    void qualitativeTargetNamesTheTarget() {
        var qualitative = new Indicator("i", "Trygghet", "", new BigDecimal("1"), BASE, null, null,
                "Medborgarna känner sig trygga", null, new BigDecimal("2"), false, AUGUST);
        assertThat(PrognosisRule.indicator(qualitative, AUGUST).text())
                .isEqualTo("Trygghet: kvalitativt mål (Medborgarna känner sig trygga)");
    }

    @Test
    void directionTargetMovingTheWrongWayOrTheRightWaySaysSo() {
        assertThat(PrognosisRule.indicator(direction(TargetDirection.INCREASE, "13850"), AUGUST).text())
                .isEqualTo("Invånare: 13850 st (ingångsvärde 13900): rör sig åt fel håll, önskad ökning");
        assertThat(PrognosisRule.indicator(direction(TargetDirection.DECREASE, "13850"), AUGUST).text())
                .isEqualTo("Invånare: 13850 st (ingångsvärde 13900): rör sig åt rätt håll, önskad minskning");
    }

    @Test
    void numericTargetWithoutImprovementSaysHowFarAlongTimeIs() {
        assertThat(PrognosisRule.indicator(numeric("60", AUGUST), AUGUST).text()).isEqualTo("Andel nöjda: 60 %"
                + " (ingångsvärde 60) mot målet 80 % 2022-12-31: ingen förbättring sedan ingångsvärdet"
                + " (0 % av vägen, 67 % av tiden)");
        var lower = new Indicator("i", "Sjukfrånvaro", "%", new BigDecimal("8"), BASE, new BigDecimal("6"), null, null,
                TARGET_DATE, new BigDecimal("6.5"), false, AUGUST);
        assertThat(PrognosisRule.indicator(lower, AUGUST).text()).isEqualTo("Sjukfrånvaro: 6,5 % (ingångsvärde 8)"
                + " mot målet 6 % 2022-12-31: i takt med planen (75 % av vägen, 67 % av tiden)");
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
        assertThat(PrognosisRule.subGoal(new SubGoal("g", "Delmål", Prognosis.NOT_ASSESSABLE)))
                .extracting("assessment", "text").containsExactly(IGNORED, "Delmål: kan inte bedömas");
        assertThat(PrognosisRule.subGoal(new SubGoal("g", "Delmål", null)))
                .extracting("assessment", "text").containsExactly(IGNORED, "Delmål: inriktningsmål, ingen prognos");
        assertThat(PrognosisRule.subGoal(new SubGoal("g", "Delmål", Prognosis.MET)).text())
                .isEqualTo("Delmål: uppfylls");
        assertThat(PrognosisRule.subGoal(new SubGoal("g", "Delmål", Prognosis.PARTLY_MET)).text())
                .isEqualTo("Delmål: uppfylls delvis");
    }

    @Test
    void aSubGoalThatCannotBeAssessedIsNoEvidence() {
        var result = PrognosisRule.goal(false, List.of(), List.of(),
                List.of(new SubGoal("g", "Delmål", Prognosis.NOT_ASSESSABLE)), AUGUST);
        assertThat(result.prognosis()).isEqualTo(Prognosis.NOT_ASSESSABLE);
        assertThat(result.reasons()).extracting("text").containsExactly("Delmål: kan inte bedömas");
    }
}
