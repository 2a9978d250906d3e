package se.ledger.imports.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.ledger.events.KoladaRef;

/** Kolada's answer read as it is shaped, and refused whole when it is not. */
class KoladaPageTest {

    private static final KoladaRef VAGGERYD = new KoladaRef("N00945", "0665");
    private static final String URL = "http://kolada.test/v3/data/kpi/N00945/municipality/0665";

    private static String year(int period, String total) {
        return "{'kpi':'N00945','municipality':'0665','period':" + period + ",'values':["
                + "{'count':1,'gender':'K','status':'','value':1.5},{'count':1,'gender':'M','status':'','value':2.5},"
                + "{'count':1,'gender':'T','status':'','value':" + total + "}]}";
    }

    private static KoladaPage parse(String singleQuoted) {
        return KoladaPage.parse(singleQuoted.replace('\'', '"'), VAGGERYD, URL);
    }

    @Test
    void theTotalOfEachPublishedYearIsRead() {
        var page = parse("{'count':3,'values':[" + year(2021, "11.6") + "," + year(2022, "12.10") + ","
                + year(2023, "null") + "],'next_page':null,'previous_page':null}");
        assertThat(page.values()).containsExactly(new KoladaValue(2021, new BigDecimal("11.6")),
                new KoladaValue(2022, new BigDecimal("12.1")));
        assertThat(page.nextPage()).isNull();
    }

    @Test
    void theNextPageIsKept() {
        var page = parse("{'count':1,'values':[" + year(2021, "3") + "],"
                + "'next_page':'https://api.kolada.se/v3/data/kpi/N00945/municipality/0665?page=2&per_page=1'}");
        assertThat(page.nextPage()).endsWith("?page=2&per_page=1");
    }

    @Test
    void aYearWithoutATotalIsLeftOut() {
        var page = parse("{'values':[{'kpi':'N00945','municipality':'0665','period':2021,'values':"
                + "[{'gender':'K','value':1}]}]}");
        assertThat(page.values()).isEmpty();
    }

    @Test
    void notJsonIsRefused() {
        assertThatThrownBy(() -> KoladaPage.parse("<html>503</html>", VAGGERYD, URL))
                .isInstanceOf(KoladaFailure.class).hasMessageContaining("inte JSON")
                .extracting(e -> ((KoladaFailure) e).kind()).isEqualTo(KoladaFailure.Kind.GARBAGE);
        assertThatThrownBy(() -> KoladaPage.parse("", VAGGERYD, URL)).hasMessageContaining("values");
    }

    @Test
    void theWrongShapeIsRefused() {
        assertThatThrownBy(() -> parse("{'message':'Data is being updated'}")).hasMessageContaining("values");
        assertThatThrownBy(() -> parse("[1,2]")).hasMessageContaining("values");
        assertThatThrownBy(() -> parse("{'values':[{'kpi':'N00945','municipality':'0665','values':[]}]}"))
                .hasMessageContaining("period");
        assertThatThrownBy(() -> parse("{'values':[" + year(2021, "'elva'") + "]}"))
                .hasMessageContaining("inte är ett tal");
        assertThatThrownBy(() -> parse("{'values':[" + year(2021, "1") + "," + year(2021, "2") + "]}"))
                .hasMessageContaining("två gånger");
        assertThatThrownBy(() -> parse("{'values':[" + year(2021, "1") + "],'next_page':3}"))
                .hasMessageContaining("next_page");
    }

    @Test
    void anAnswerAboutAnotherKpiOrMunicipalityIsRefused() {
        assertThatThrownBy(() -> parse("{'values':[" + year(2021, "1").replace("0665", "0680") + "]}"))
                .hasMessageContaining("0680");
    }
}
