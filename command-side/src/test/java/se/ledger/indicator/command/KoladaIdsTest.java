package se.ledger.indicator.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.ledger.events.KoladaRef;
import se.ledger.platform.InvalidInput;

/** A Kolada connection names a KPI id and a municipality id as Kolada writes them, or is refused naming the field. */
class KoladaIdsTest {

    @Test
    void kpiAndMunicipalityIdsAsKoladaWritesThemPass() {
        assertThatCode(() -> KoladaIds.check(new KoladaRef("N00945", "0665"))).doesNotThrowAnyException();
        assertThatCode(() -> KoladaIds.check(new KoladaRef("U15401", "0000"))).doesNotThrowAnyException();
        assertThatCode(() -> KoladaIds.check(null)).doesNotThrowAnyException();
    }

    @Test
    void aMalformedKpiIsRefusedNamingIt() {
        for (String kpi : new String[] {null, "", "945", "n00945", "N0945", "N009450", "X00945", " N00945"}) {
            assertThatThrownBy(() -> KoladaIds.check(new KoladaRef(kpi, "0665"))).as(kpi)
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0)
                            .field()).isEqualTo("kolada.kpi"));
        }
    }

    @Test
    void aMalformedMunicipalityIsRefusedNamingIt() {
        for (String municipality : new String[] {null, "665", "06650", "Vaggeryd", "06 5"}) {
            assertThatThrownBy(() -> KoladaIds.check(new KoladaRef("N00945", municipality))).as(municipality)
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0)
                            .field()).isEqualTo("kolada.municipality"));
        }
    }
}
