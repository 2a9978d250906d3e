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
import se.ledger.plan.query.IndicatorJudgement.Indicator;

/** Every branch of one indicator's judgement as a level, each with the reason it lists. */
class IndicatorJudgementTest {

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
        assertThat(IndicatorJudgement.of(numeric(null, null), AUGUST))
                .extracting("assessment", "text").containsExactly(UNASSESSABLE, "Andel nöjda: ingen mätning efter ingångsvärdet");
        assertThat(IndicatorJudgement.of(numeric("70", BASE), AUGUST).assessment()).isEqualTo(UNASSESSABLE);
    }

    @Test
    void noNewDataMakesIndicatorUnassessable() {
        var noData = new Indicator("i", "Andel nöjda", "%", new BigDecimal("60"), BASE, new BigDecimal("80"), null,
                null, TARGET_DATE, null, true, AUGUST);
        assertThat(IndicatorJudgement.of(noData, AUGUST))
                .extracting("assessment", "text")
                .containsExactly(UNASSESSABLE, "Andel nöjda: senaste rapport 2022-08-31: inga nya data");
    }

    @Test
    void qualitativeTargetIsUnassessable() {
        var qualitative = new Indicator("i", "Trygghet", "", new BigDecimal("1"), BASE, null, null,
                "Medborgarna känner sig trygga", null, new BigDecimal("2"), false, AUGUST);
        assertThat(IndicatorJudgement.of(qualitative, AUGUST).assessment()).isEqualTo(UNASSESSABLE);
        assertThat(IndicatorJudgement.of(qualitative, AUGUST).text()).contains("kvalitativt mål");
    }

    @Test
    void directionTargetFollowsTheWayTheLatestValueMoved() {
        assertThat(IndicatorJudgement.of(direction(TargetDirection.INCREASE, "14010"), AUGUST))
                .extracting("assessment", "text")
                .containsExactly(ON_COURSE, "Invånare: 14010 st (ingångsvärde 13900): rör sig åt rätt håll, önskad ökning");
        assertThat(IndicatorJudgement.of(direction(TargetDirection.INCREASE, "13850"), AUGUST).assessment())
                .isEqualTo(OFF_COURSE);
        assertThat(IndicatorJudgement.of(direction(TargetDirection.DECREASE, "13850"), AUGUST).assessment())
                .isEqualTo(ON_COURSE);
        assertThat(IndicatorJudgement.of(direction(TargetDirection.DECREASE, "13900"), AUGUST))
                .extracting("assessment", "text")
                .containsExactly(AT_RISK, "Invånare: 13900 st (ingångsvärde 13900): oförändrat, önskad minskning");
    }

    @Test
    void numericTargetReachedIsOnCourse() {
        assertThat(IndicatorJudgement.of(numeric("81", AUGUST), AUGUST))
                .extracting("assessment", "text")
                .containsExactly(ON_COURSE, "Andel nöjda: 81 % (ingångsvärde 60) mot målet 80 % 2022-12-31: målet är nått");
    }

    @Test
    void numericTargetAheadOfTimeIsOnCourse() {
        // s = 15/20 = 0.75 ≥ t ≈ 0.67
        var reason = IndicatorJudgement.of(numeric("75", AUGUST), AUGUST);
        assertThat(reason.assessment()).isEqualTo(ON_COURSE);
        assertThat(reason.text()).endsWith("i takt med planen (75 % av vägen, 67 % av tiden)");
    }

    @Test
    void numericTargetBehindTimeIsAtRisk() {
        var reason = IndicatorJudgement.of(numeric("66,5".replace(',', '.'), AUGUST), AUGUST);
        assertThat(reason.assessment()).isEqualTo(AT_RISK);
        assertThat(reason.text()).isEqualTo(
                "Andel nöjda: 66,5 % (ingångsvärde 60) mot målet 80 % 2022-12-31: efter planen (33 % av vägen, 67 % av tiden)");
    }

    @Test
    void numericTargetWithoutImprovementIsOffCourse() {
        assertThat(IndicatorJudgement.of(numeric("58", AUGUST), AUGUST).assessment()).isEqualTo(OFF_COURSE);
        assertThat(IndicatorJudgement.of(numeric("60", AUGUST), AUGUST).assessment()).isEqualTo(OFF_COURSE);
    }

    @Test
    void decreasingNumericTargetIsJudgedTheOtherWayRound() {
        var lower = new Indicator("i", "Sjukfrånvaro", "%", new BigDecimal("8"), BASE, new BigDecimal("6"), null, null,
                TARGET_DATE, new BigDecimal("6.5"), false, AUGUST);
        assertThat(IndicatorJudgement.of(lower, AUGUST).assessment()).isEqualTo(ON_COURSE); // s = 0.75
    }

    @Test
    void elapsedTimeIsClamped() {
        assertThat(IndicatorJudgement.elapsed(BASE, TARGET_DATE, LocalDate.of(2021, 6, 1))).isZero();
        assertThat(IndicatorJudgement.elapsed(BASE, TARGET_DATE, LocalDate.of(2023, 6, 1))).isEqualTo(1.0);
    }

    @Test
    void indicatorWithoutBaselineIsUnassessable() {
        var noBaseline = new Indicator("i", "Andel nöjda", "%", null, null, new BigDecimal("80"), null, null,
                TARGET_DATE, new BigDecimal("70"), false, AUGUST);
        assertThat(IndicatorJudgement.of(noBaseline, AUGUST)).extracting("assessment", "text")
                .containsExactly(UNASSESSABLE, "Andel nöjda: ingångsvärde saknas");
    }

    @Test
    void measurementNotAfterTheBaselineIsNoMeasurement() {
        assertThat(IndicatorJudgement.of(numeric("70", BASE), AUGUST)).extracting("assessment", "text")
                .containsExactly(UNASSESSABLE, "Andel nöjda: ingen mätning efter ingångsvärdet");
    }

    @Test
    void qualitativeTargetNamesTheTarget() {
        var qualitative = new Indicator("i", "Trygghet", "", new BigDecimal("1"), BASE, null, null,
                "Medborgarna känner sig trygga", null, new BigDecimal("2"), false, AUGUST);
        assertThat(IndicatorJudgement.of(qualitative, AUGUST).text())
                .isEqualTo("Trygghet: kvalitativt mål (Medborgarna känner sig trygga)");
    }

    @Test
    void directionTargetMovingTheWrongWayOrTheRightWaySaysSo() {
        assertThat(IndicatorJudgement.of(direction(TargetDirection.INCREASE, "13850"), AUGUST).text())
                .isEqualTo("Invånare: 13850 st (ingångsvärde 13900): rör sig åt fel håll, önskad ökning");
        assertThat(IndicatorJudgement.of(direction(TargetDirection.DECREASE, "13850"), AUGUST).text())
                .isEqualTo("Invånare: 13850 st (ingångsvärde 13900): rör sig åt rätt håll, önskad minskning");
    }

    @Test
    void numericTargetWithoutImprovementSaysHowFarAlongTimeIs() {
        assertThat(IndicatorJudgement.of(numeric("60", AUGUST), AUGUST).text()).isEqualTo("Andel nöjda: 60 %"
                + " (ingångsvärde 60) mot målet 80 % 2022-12-31: ingen förbättring sedan ingångsvärdet"
                + " (0 % av vägen, 67 % av tiden)");
        var lower = new Indicator("i", "Sjukfrånvaro", "%", new BigDecimal("8"), BASE, new BigDecimal("6"), null, null,
                TARGET_DATE, new BigDecimal("6.5"), false, AUGUST);
        assertThat(IndicatorJudgement.of(lower, AUGUST).text()).isEqualTo("Sjukfrånvaro: 6,5 % (ingångsvärde 8)"
                + " mot målet 6 % 2022-12-31: i takt med planen (75 % av vägen, 67 % av tiden)");
    }

    private static Indicator newFirms(String ytd, LocalDate measured) {
        return new Indicator("f", "Antal nya företag", "st", null, null, null, null, null, null,
                ytd == null ? null : new BigDecimal(ytd), false, measured, se.ledger.events.IndicatorKind.FLOW,
                List.of(new se.ledger.events.YearTarget(2020, new BigDecimal("80")),
                        new se.ledger.events.YearTarget(2021, new BigDecimal("90"))),
                null, null, null, new BigDecimal("85"));
    }

    @Test
    void aFlowIsJudgedAgainstTheYearsTargetTimesTheElapsedShareOfTheYear() {
        var march = LocalDate.of(2021, 3, 1);   // 60/365: expected 14.8
        var midYear = LocalDate.of(2021, 6, 30); // 181/365: expected 44.6
        var november = LocalDate.of(2021, 11, 30); // 334/365: expected 82.4
        assertThat(IndicatorJudgement.of(newFirms("15", march), march)).extracting("assessment", "text")
                .containsExactly(ON_COURSE, "Antal nya företag: 15 st hittills under 2021 mot 14,8 st (90 för året"
                        + " × 16 % av året; förra året 85): i takt med årets mål");
        assertThat(IndicatorJudgement.of(newFirms("41", midYear), midYear)).extracting("assessment", "text")
                .containsExactly(AT_RISK, "Antal nya företag: 41 st hittills under 2021 mot 44,6 st (90 för året"
                        + " × 50 % av året; förra året 85): efter årets takt");
        assertThat(IndicatorJudgement.of(newFirms("83", november), november).assessment()).isEqualTo(ON_COURSE);
    }

    @Test
    void aFlowAtZeroIsAtRiskInTheFirstQuarterAndOffCourseAfter() {
        var february = LocalDate.of(2021, 2, 15);
        var may = LocalDate.of(2021, 5, 1);
        assertThat(IndicatorJudgement.of(newFirms("0", february), february)).extracting("assessment", "text")
                .containsExactly(AT_RISK, "Antal nya företag: 0 st hittills under 2021 mot 11,3 st (90 för året"
                        + " × 13 % av året; förra året 85): inget ännu under första kvartalet");
        assertThat(IndicatorJudgement.of(newFirms("0", may), may).text()).endsWith("inget alls efter första kvartalet");
        assertThat(IndicatorJudgement.of(newFirms("0", may), may).assessment()).isEqualTo(OFF_COURSE);
    }

    @Test
    void aFlowWithoutAMeasurementThisYearCannotBeAssessed() {
        var may = LocalDate.of(2021, 5, 1);
        assertThat(IndicatorJudgement.of(newFirms("85", LocalDate.of(2020, 12, 31)), may))
                .extracting("assessment", "text")
                .containsExactly(UNASSESSABLE, "Antal nya företag: ingen mätning hittills under 2021");
    }

    @Test
    void theYearsTargetIsThatYearsElseTheNextElseTheLast() {
        var path = List.of(new se.ledger.events.YearTarget(2020, BigDecimal.ONE),
                new se.ledger.events.YearTarget(2022, BigDecimal.TEN));
        assertThat(IndicatorJudgement.yearTarget(path, 2020)).isEqualTo(BigDecimal.ONE);
        assertThat(IndicatorJudgement.yearTarget(path, 2019)).isEqualTo(BigDecimal.ONE);
        assertThat(IndicatorJudgement.yearTarget(path, 2021)).isEqualTo(BigDecimal.TEN);
        assertThat(IndicatorJudgement.yearTarget(path, 2023)).isEqualTo(BigDecimal.TEN);
    }

    @Test
    void aLevelWithYearlyTargetsAimsAtTheTargetOfTheYearByItsEnd() {
        var level = new Indicator("i", "Andel nöjda", "%", new BigDecimal("60"), BASE, null, null, null, null,
                new BigDecimal("75"), false, AUGUST, se.ledger.events.IndicatorKind.LEVEL,
                List.of(new se.ledger.events.YearTarget(2022, new BigDecimal("70")),
                        new se.ledger.events.YearTarget(2023, new BigDecimal("90"))), null, null, null, null);
        assertThat(IndicatorJudgement.of(level, AUGUST).text())
                .isEqualTo("Andel nöjda: 75 % (ingångsvärde 60) mot målet 70 % 2022-12-31: målet är nått");
        var next = LocalDate.of(2023, 2, 1);
        assertThat(IndicatorJudgement.of(level, next).text()).startsWith("Andel nöjda: 75 % (ingångsvärde 60) mot målet"
                + " 90 % 2023-12-31: efter planen");
    }
}
