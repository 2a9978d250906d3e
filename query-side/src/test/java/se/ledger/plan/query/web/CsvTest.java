package se.ledger.plan.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "@SUM(A1)", "+1+1", "-2+3+cmd|' /C calc'!A0", "\t=1", "\r=1", "-3.5"})
    void textThatASpreadsheetWouldRunIsQuotedBehindAnApostrophe(String typed) {
        assertThat(Csv.cell(typed)).isEqualTo("\"'" + typed + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {" =1+1", "   @SUM(A1)", "\u00A0+1", " \n-2+3", "\uFF1D1+1", "\uFF0B1", "\uFF0D1",
            "\uFF20SUM(A1)", "  \uFF1D1"})
    void formulasBehindLeadingSpacesAndFullwidthSignsAreNeutralisedToo(String typed) {
        assertThat(Csv.cell(typed)).isEqualTo("\"'" + typed + "\"");
    }

    @Test
    void quotesInsideANeutralisedCellAreDoubled() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\";\"klicka\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\";\"\"klicka\"\")\"");
    }

    @Test
    void numbersTheLedgerHoldsStayNumbers() throws Exception {
        assertThat(Csv.cell(new BigDecimal("-3.5"))).isEqualTo("-3.5");
        assertThat(Csv.cell(-2)).isEqualTo("-2");
        assertThat(Csv.cell(new BigDecimal("-1E+3"))).isEqualTo("-1000");
        var json = new ObjectMapper().readTree("{\"value\":-3.5,\"text\":\"=1+1\",\"none\":null}");
        assertThat(Csv.cell(json.get("value"))).isEqualTo("-3.5");
        assertThat(Csv.cell(json.get("text"))).isEqualTo("\"'=1+1\"");
        assertThat(Csv.cell(json.get("none"))).isEmpty();
    }

    @Test
    void harmlessTextIsLeftAlone() {
        assertThat(Csv.cell("Förskola i Vaggeryd")).isEqualTo("Förskola i Vaggeryd");
        assertThat(Csv.cell("a = b")).isEqualTo("a = b");
        assertThat(Csv.cell("  Förskola = bra")).isEqualTo("  Förskola = bra");
        assertThat(Csv.cell("   ")).isEqualTo("   ");
        assertThat(Csv.cell("Avvikelse; orsak")).isEqualTo("\"Avvikelse; orsak\"");
        assertThat(Csv.cell("")).isEmpty();
    }

    @Test
    void theTextStartsWithAByteOrderMarkForExcel() {
        assertThat(new Csv().row("mål", "titel").toString()).isEqualTo("\uFEFFmål;titel\r\n");
    }
}
