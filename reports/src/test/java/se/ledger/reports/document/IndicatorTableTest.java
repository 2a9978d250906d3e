package se.ledger.reports.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.events.Baseline;
import se.ledger.events.IndicatorKind;
import se.ledger.events.MeasurementSource;
import se.ledger.events.Target;
import se.ledger.plan.query.Assessment;
import se.ledger.plan.query.PlanViews.IndicatorView;
import se.ledger.plan.query.PlanViews.LatestView;
import se.ledger.plan.query.PlanViews.SeriesPoint;

/** An indicator's row: Swedish numbers with unit and date, and a chart where small moves show. */
class IndicatorTableTest {

    private static final LocalDate JUNE = LocalDate.of(2022, 6, 30);

    private static IndicatorView indicator(List<SeriesPoint> series) {
        return new IndicatorView("yta", "Lokalyta per invånare", "kvm",
                new Baseline(new BigDecimal("4.2"), LocalDate.of(2021, 12, 31)),
                new Target(new BigDecimal("3.9"), null, null, LocalDate.of(2022, 12, 31)), "Kolada",
                new LatestView(new BigDecimal("4.1"), null, JUNE, null, null, null), Assessment.AT_RISK, series,
                IndicatorKind.LEVEL, List.of(), null, null, null);
    }

    @Test
    void theRowSaysBaselineTargetAndLatestInSwedish() {
        var row = IndicatorTable.of(List.of(indicator(List.of(new SeriesPoint(JUNE, new BigDecimal("4.1"), false, null)))))
                .rows().get(0).cells();
        assertThat(row.stream().map(Block.Cell::text)).containsExactly("Lokalyta per invånare (källa: Kolada)",
                "4,2 kvm (2021-12-31)", "3,9 kvm (2022-12-31)", "4,1 kvm (2022-06-30)", "Risk", "");
        var bars = row.get(5).bars();
        assertThat(bars).extracting(Block.Bar::kind).containsExactly("baseline", "value", "target");
        assertThat(bars.get(0).share()).isEqualTo(1.0);
        assertThat(bars.get(1).share()).isCloseTo(0.2 + 0.8 * 2 / 3, within(1e-9));
        assertThat(bars.get(2).share()).isEqualTo(0.2);
    }

    @Test
    void aValueFetchedFromKoladaCarriesItsCredit() {
        var fetched = indicator(List.of());
        fetched = new IndicatorView(fetched.id(), fetched.name(), fetched.unit(), fetched.baseline(), fetched.target(),
                fetched.source(), new LatestView(new BigDecimal("4.1"), null, JUNE, null, null, null,
                        MeasurementSource.KOLADA), fetched.assessment(), List.of(), fetched.kind(), List.of(), null, null,
                null);
        assertThat(IndicatorTable.of(List.of(fetched)).rows().get(0).cells().get(3).text())
                .isEqualTo("4,1 kvm (2022-06-30). Källa: Kolada (RKA), CC BY 4.0");
    }

    @Test
    void withoutMeasurementsBaselineAndTargetStillDraw() {
        assertThat(IndicatorTable.bars(indicator(List.of()))).hasSize(2);
        assertThat(IndicatorTable.bars(indicator(null))).hasSize(2);
    }
}
