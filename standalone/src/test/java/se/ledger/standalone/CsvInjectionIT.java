package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.ledger.platform.test.Api;

/** Text a user typed leaves as text in CSV exports, never as a spreadsheet formula (OWASP CSV injection). */
class CsvInjectionIT extends LedgerTestBase {

    /** A cell, at the start of a line or after ';', that a spreadsheet would evaluate (a CR not ending the line). */
    private static final Pattern FORMULA_CELL = Pattern.compile("(^|;)\"?([=+\\-@\\t]|\\r(?!\\n))", Pattern.MULTILINE);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALC = "=cmd|' /C calc'!A0";

    @Test
    void prognosesAndHistoryQuoteFormulasBehindAnApostrophe() {
        givenPlan();
        String goal = plan + "-g";
        post("admin", "/api/plans/" + plan + "/goals", Map.of("id", goal, "title", CALC));
        write("chef", "/api/goals/" + goal + "/prognoses",
                "{'prognosis':'MET','motivation':'+1+1','effectiveDate':'2022-06-30'}");
        write("chef", "/api/plans/" + plan + "/activities", "{'id':'" + plan + "-a','goalIds':['" + goal
                + "'],'title':'@SUM(A1)','responsible':{'person':'Eva Ek','unit':'KS'},"
                + "'start':'2022-01-01','end':'2022-12-31'}");
        post("chef", "/api/activities/" + plan + "-a/comments",
                Map.of("text", "-2+3+cmd|' /C calc'!A0", "effectiveDate", "2022-05-03"));
        read("/api/plans/" + plan);

        var prognoses = csv("/api/plans/" + plan + "/prognoses?validAt=2022-08-31");
        assertThat(prognoses.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(prognoses.body()).startsWith("\uFEFFmål;titel;")
                .contains(";\"'" + CALC + "\";", ";\"'+1+1\";").doesNotContainPattern(FORMULA_CELL);

        var history = csv("/api/plans/" + plan + "/history?year=2022");
        assertThat(history.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(history.body()).startsWith("\uFEFFtyp;id;titel;")
                .contains(";\"'" + CALC + "\";", ";\"'@SUM(A1)\";", ";\"'-2+3+cmd|' /C calc'!A0\"")
                .doesNotContainPattern(FORMULA_CELL);
    }

    @Test
    void aNegativeMeasurementStaysANumber() {
        givenPlan();
        String goal = goal("g", "");
        write("admin", "/api/goals/" + goal + "/indicators", "{'id':'" + plan + "-i','name':'Temperatur','unit':'°C',"
                + "'baseline':{'value':-1,'date':'2021-12-31'},'target':{'value':-5,'date':'2022-12-31'}}");
        String from = read("/api/plans/" + plan).get("asOf").asText();
        write("chef", "/api/indicators/" + plan + "-i/measurements",
                "{'value':-3.5,'comment':'-3,5 i snitt','effectiveDate':'2022-06-30'}");
        read("/api/plans/" + plan);

        var changes = csv("/api/plans/" + plan + "/changes?from=" + from + "&validAt=2022-08-31");
        assertThat(changes.body()).startsWith("\uFEFFtyp;id;fält;före;efter")
                .contains("\"\"value\"\":-3.5").doesNotContain("'-3.5").doesNotContainPattern(FORMULA_CELL);
    }

    /** A write whose text may hold any character, also the apostrophes that {@link Api#json} turns into quotes. */
    private void post(String user, String path, Map<String, String> body) {
        try {
            var response = api.post(user, path, JSON.writeValueAsString(body));
            assertThat(response.status()).as(response.body()).isIn(200, 201);
            lastPosition = response.json().get("position").asLong();
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private Api.Response csv(String path) {
        var response = api.get("revisor", path + (path.contains("?") ? "&" : "?") + "minPosition=" + lastPosition,
                Map.of("Accept", "text/csv"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }
}
