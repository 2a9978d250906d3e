package se.ledger.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    enum Status { NOT_STARTED, ON_TRACK }

    record Body(String text, LocalDate date, YearMonth month, BigDecimal value, Status status, Boolean flag,
            List<Integer> numbers) {
    }

    private final ObjectMapper application = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final ObjectMapper strict = StrictJsonConfig.strict(application);

    @ParameterizedTest
    @ValueSource(strings = {"{\"status\":1}", "{\"status\":\"1\"}", "{\"date\":17000}", "{\"date\":[2022,1,1]}",
            "{\"date\":\"+99999-01-01\"}", "{\"date\":\"1899-12-31\"}", "{\"month\":202203}", "{\"month\":\"2201-01\"}",
            "{\"value\":1e400}", "{\"value\":\"3.5\"}", "{\"value\":-1e12}", "{\"value\":0.1234567}",
            "{\"flag\":\"true\"}", "{\"flag\":1}", "{\"numbers\":[1.5]}", "{\"numbers\":[\"3\"]}", "{\"numbers\":3}",
            "{\"text\":5}", "{\"text\":\"a\\u0000b\"}", "{\"text\":\"\\ud800\"}", "{\"text\":\"\\u0085\"}",
            "{\"text\":\"a\",\"text\":\"b\"}", "{\"text\":\"a\"} x"})
    void refusesWhatTheApplicationsMapperWouldBend(String json) {
        assertThatThrownBy(() -> strict.readValue(json, Body.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void namesTheFieldAndSaysWhatIsWrong() {
        assertThatThrownBy(() -> strict.readValue("{\"numbers\":[1],\"text\":\"a\\u0000\"}", Body.class))
                .isInstanceOfSatisfying(RefusedValue.class, e -> {
                    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName).containsExactly("text");
                    assertThat(e.detail()).contains("U+0000");
                });
    }

    @Test
    void readsHonestValuesAndNormalisesNewlines() throws Exception {
        var body = strict.readValue("{\"text\":\"a\\r\\nb\\rc\\td \\ud83d\\ude00\",\"date\":\"2022-08-31\","
                + "\"month\":\"2022-08\",\"value\":-0.5,\"status\":\"ON_TRACK\",\"flag\":true,\"numbers\":[4]}", Body.class);
        assertThat(body).isEqualTo(new Body("a\nb\nc\td \ud83d\ude00", LocalDate.of(2022, 8, 31), YearMonth.of(2022, 8),
                new BigDecimal("-0.5"), Status.ON_TRACK, true, List.of(4)));
    }

    @Test
    void leavesTheApplicationsMapperAsItWasForStoredEvents() throws Exception {
        var stored = application.readValue("{\"text\":\"a\\u0000b\",\"date\":\"+99999-01-01\",\"value\":1e400}",
                Body.class);
        assertThat(stored.text()).isEqualTo("a\u0000b");
        assertThat(stored.date().getYear()).isEqualTo(99999);
    }
}
