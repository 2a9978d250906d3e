package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.events.EntityKind;

class TimelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private long position;

    private Assertion assertion(String type, String json, String effective, String recorded) {
        try {
            JsonNode value = JSON.readTree(json.replace('\'', '"'));
            return new Assertion("e" + (++position), position, "p", EntityKind.ACTIVITY, "a", type, "x", value,
                    LocalDate.parse(effective), Instant.parse(recorded), "chef", value, null, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachAssertionHoldsUntilTheNextEffectiveDate() {
        var segments = Timeline.of("status", List.of(
                assertion("ActivityStatusChanged", "{'status':'DEVIATING'}", "2022-08-15", "2022-09-30T10:00:00Z"),
                assertion("ActivityStatusChanged", "{'status':'ON_TRACK'}", "2022-06-30", "2022-07-05T10:00:00Z")));
        assertThat(segments).extracting(Segment::validFrom, Segment::validTo).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2022-06-30"), LocalDate.parse("2022-08-15")),
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2022-08-15"), null));
        assertThat(segments.get(0).value().get("status").asText()).isEqualTo("ON_TRACK");
    }

    @Test
    void onTheSameDayTheLaterRecordingWins() {
        var segments = Timeline.of("status", List.of(
                assertion("ActivityStatusChanged", "{'status':'ON_TRACK'}", "2022-06-30", "2022-07-05T10:00:00Z"),
                assertion("ActivityStatusChanged", "{'status':'DEVIATING'}", "2022-06-30", "2022-07-06T10:00:00Z")));
        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).value().get("status").asText()).isEqualTo("DEVIATING");
    }

    @Test
    void revisionsAreMergedOntoTheDefinition() {
        var segments = Timeline.of(Timeline.DEFINITION, List.of(
                assertion("ActivityPlanned", "{'title':'Workshop','start':'2022-01-01','end':'2022-06-30'}",
                        "2022-01-01", "2022-01-02T10:00:00Z"),
                assertion("ActivityRescheduled", "{'start':'2022-03-01','end':'2022-12-31'}", "2022-05-15",
                        "2022-05-16T10:00:00Z")));
        assertThat(segments).hasSize(2);
        assertThat(segments.get(1).value().get("title").asText()).isEqualTo("Workshop");
        assertThat(segments.get(1).value().get("end").asText()).isEqualTo("2022-12-31");
        assertThat(segments.get(0).value().get("end").asText()).isEqualTo("2022-06-30");
    }

    @Test
    void aRevisionBeforeTheDefinitionWaitsForIt() {
        var segments = Timeline.of(Timeline.DEFINITION, List.of(
                assertion("GoalRevised", "{'ambition':'Ny'}", "2021-12-01", "2022-01-02T10:00:00Z"),
                assertion("GoalDefined", "{'title':'Mål','ambition':'Gammal'}", "2022-01-01", "2022-01-01T10:00:00Z")));
        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).validFrom()).isEqualTo(LocalDate.parse("2022-01-01"));
    }
}
