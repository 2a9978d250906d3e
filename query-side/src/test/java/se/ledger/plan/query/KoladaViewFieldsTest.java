package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.events.KoladaRef;
import se.ledger.events.MeasurementSource;
import se.ledger.plan.query.PlanViews.IndicatorView;
import se.ledger.plan.query.PlanViews.LatestView;
import se.ledger.plan.query.PlanViews.SeriesPoint;

/**
 * A plan without Kolada reads exactly as before the Kolada fields existed (a receipt seals the digest of
 * that JSON); a fetched value says where it came from.
 */
class KoladaViewFieldsTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    private JsonNode written(Object view) {
        return json.valueToTree(view);
    }

    @Test
    void typedInValuesCarryNoKoladaFields() {
        var point = new SeriesPoint(LocalDate.of(2022, 6, 30), BigDecimal.TEN, false, null);
        var latest = new LatestView(BigDecimal.TEN, null, LocalDate.of(2022, 6, 30), null, null, null);
        var indicator = new IndicatorView("i1", "Antal", "st", null, null, null, latest, null, List.of(point), null,
                null, null, null, null);
        assertThat(written(point).has("source")).isFalse();
        assertThat(written(point).has("comment")).as("the other nulls stay").isTrue();
        assertThat(written(latest).has("source")).isFalse();
        assertThat(written(indicator).has("kolada")).isFalse();
        assertThat(written(indicator).has("validTo")).isTrue();
    }

    @Test
    void aFetchedValueNamesItsSource() {
        var point = new SeriesPoint(LocalDate.of(2022, 12, 31), BigDecimal.ONE, false, null, MeasurementSource.KOLADA);
        var latest = new LatestView(BigDecimal.ONE, null, LocalDate.of(2022, 12, 31), null, null, null,
                MeasurementSource.KOLADA);
        var indicator = new IndicatorView("i1", "Antal", "st", null, null, "Kolada", latest, null, List.of(point),
                null, null, null, null, null, new KoladaRef("N00945", "0665"));
        assertThat(written(point).get("source").asText()).isEqualTo("KOLADA");
        assertThat(written(indicator).at("/latest/source").asText()).isEqualTo("KOLADA");
        assertThat(written(indicator).at("/kolada/kpi").asText()).isEqualTo("N00945");
    }
}
