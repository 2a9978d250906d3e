package se.ledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Tomcat's own error answers, as the valve writes them; RawRequestLineIT sends the requests. */
class ProblemErrorReportValveTest {

    @Test
    void everyErrorStatusIsWrittenAsProblemJsonByJackson() throws Exception {
        var mapper = new ObjectMapper();
        for (int status = 400; status < 600; status++) {
            var json = mapper.readTree(ProblemErrorReportValve.json(status));
            assertThat(json.get("type").asText()).isEqualTo("about:blank");
            assertThat(json.get("status").asInt()).isEqualTo(status);
            assertThat(json.get("title").asText()).isEqualTo(ErrorTitles.of(status));
            assertThat(json.get("detail").asText()).isEqualTo(ErrorTitles.detail(status));
            assertThat(json.has("instance")).isFalse();
            assertThat(json.has("properties")).isFalse();
        }
    }
}
