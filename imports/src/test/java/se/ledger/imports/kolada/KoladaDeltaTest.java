package se.ledger.imports.kolada;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ledger.command.PlanPeriod;
import se.ledger.events.KoladaRef;
import se.ledger.events.MeasurementSource;
import se.ledger.imports.kolada.KoladaIndicators.Connected;
import se.ledger.imports.kolada.KoladaIndicators.Standing;

/** New years are recorded, known ones left alone, revised ones corrected; years outside the plan skipped. */
class KoladaDeltaTest {

    private static final KoladaRef REF = new KoladaRef("N00945", "0665");
    private static final PlanPeriod PERIOD = new PlanPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
    private static final LocalDate TODAY = LocalDate.of(2023, 3, 1);

    private static KoladaValue year(int year, String value) {
        return new KoladaValue(year, new BigDecimal(value));
    }

    private static LocalDate end(int year) {
        return LocalDate.of(year, 12, 31);
    }

    @Test
    void aFirstFetchRecordsEveryYearOfThePlanAsItsLastDay() {
        var delta = KoladaDelta.of(List.of(new Connected("i1", REF, null, Map.of())),
                Map.of(REF, List.of(year(2022, "12.1"), year(2019, "10.7"), year(2021, "11.6"))), PERIOD, TODAY);
        assertThat(delta.commands()).extracting(c -> c.effectiveDate()).containsExactly(end(2021), end(2022));
        var first = delta.commands().get(0);
        assertThat(first.actor()).isEqualTo("kolada");
        assertThat(first.source()).isEqualTo(MeasurementSource.KOLADA);
        assertThat(first.kolada()).isEqualTo(REF);
        assertThat(first.correction()).isNull();
        assertThat(delta.indicators().get(0)).isEqualTo(
                new KoladaImportSummary.IndicatorResult("i1", "N00945", "0665", 2, 0, 0, 1));
    }

    @Test
    void aKnownValueIsLeftAloneAndARevisedOneCorrectsIt() {
        var standing = Map.of(end(2021), new Standing("e21", new BigDecimal("11.60"), true),
                end(2022), new Standing("e22", new BigDecimal("12.1"), true));
        var delta = KoladaDelta.of(List.of(new Connected("i1", REF, null, standing)),
                Map.of(REF, List.of(year(2021, "11.6"), year(2022, "12.4"))), PERIOD, TODAY);
        assertThat(delta.commands()).hasSize(1);
        var correction = delta.commands().get(0).correction();
        assertThat(correction.eventId()).isEqualTo("e22");
        assertThat(correction.reason()).isEqualTo("reviderat i Kolada");
        assertThat(delta.indicators().get(0).unchanged()).isEqualTo(1);
        assertThat(delta.indicators().get(0).corrected()).isEqualTo(1);
    }

    @Test
    void yearsAfterTodayOrTheIndicatorsLastDayAndHandCorrectionsAreSkipped() {
        var byHand = Map.of(end(2020), new Standing("e20", new BigDecimal("9"), false));
        var delta = KoladaDelta.of(List.of(new Connected("i1", REF, end(2021), byHand)),
                Map.of(REF, List.of(year(2020, "8"), year(2021, "9"), year(2022, "10"))), PERIOD,
                LocalDate.of(2022, 6, 1));
        assertThat(delta.commands()).extracting(c -> c.effectiveDate()).containsExactly(end(2021));
        assertThat(delta.indicators().get(0).skipped()).isEqualTo(2);
    }

    @Test
    void anIndicatorConnectedAfterTheFetchWaitsForTheNextImport() {
        var delta = KoladaDelta.of(List.of(new Connected("i1", REF, null, Map.of())), Map.of(), PERIOD, TODAY);
        assertThat(delta.commands()).isEmpty();
        assertThat(delta.indicators()).isEmpty();
    }
}
