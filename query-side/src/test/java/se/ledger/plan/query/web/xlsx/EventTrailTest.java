package se.ledger.plan.query.web.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ledger.plan.query.PlanViews.AuditEvent;

/** What the plan sheet takes from the events: as known at asOf about validAt, corrections replacing. */
class EventTrailTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AS_OF = Instant.parse("2022-10-01T00:00:00Z");

    private final List<AuditEvent> trail = new ArrayList<>();

    private AuditEvent event(String type, String effective, String data) {
        return event(type, effective, data, null, null);
    }

    private AuditEvent event(String type, String effective, String data, String correctedBy, Instant correctedAt) {
        try {
            JsonNode node = JSON.readTree(data.replace('\'', '"'));
            var e = new AuditEvent("e" + trail.size(), trail.size() + 1, type, LocalDate.parse(effective),
                    Instant.parse("2022-09-01T00:00:00Z"), "chef", node, null, null, correctedBy, correctedAt);
            trail.add(e);
            return e;
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }

    private EventTrail facts(String validAt) {
        return new EventTrail(trail, AS_OF, LocalDate.parse(validAt));
    }

    @Test
    void theStatusDateIsThatOfTheLatestReportUpToValidAt() {
        event("ActivityStatusChanged", "2022-04-30", "{'activityId':'A1','status':'ON_TRACK'}");
        event("ActivityStatusChanged", "2022-08-31", "{'activityId':'A1','status':'DEVIATING'}");
        event("ActivityStatusChanged", "2022-05-31", "{'activityId':'A2','status':'ON_TRACK'}");

        assertThat(facts("2022-09-30").statusDate("A1")).contains(LocalDate.of(2022, 8, 31));
        assertThat(facts("2022-06-30").statusDate("A1")).contains(LocalDate.of(2022, 4, 30));
        assertThat(facts("2022-03-31").statusDate("A1")).isEmpty();
    }

    @Test
    void aCorrectedMeasurementGivesWayToItsCorrectionButOnlyOnceTheCorrectionIsKnown() {
        event("MeasurementRecorded", "2022-06-30", "{'indicatorId':'N1','value':48,'noNewData':false}", "e1",
                Instant.parse("2022-09-15T00:00:00Z"));
        event("MeasurementRecorded", "2022-06-30", "{'indicatorId':'N1','value':84,'noNewData':false}");
        event("MeasurementRecorded", "2022-08-31", "{'indicatorId':'N1','value':null,'noNewData':true}");
        event("MeasurementRecorded", "2022-08-31", "{'indicatorId':'N2','judgement':'AT_RISK','comment':'Sent'}");
        event("MeasurementRecorded", "2022-12-31", "{'indicatorId':'N1','value':90,'noNewData':false}");
        event("MeasurementRecorded", "2022-06-30", "{'indicatorId':'N9','value':1,'noNewData':false}");

        var measurements = facts("2022-09-30").measurements(Set.of("N1", "N2"));

        assertThat(measurements).extracting(EventTrail.Measurement::indicatorId, EventTrail.Measurement::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("N1", LocalDate.of(2022, 6, 30)),
                        org.assertj.core.groups.Tuple.tuple("N1", LocalDate.of(2022, 8, 31)),
                        org.assertj.core.groups.Tuple.tuple("N2", LocalDate.of(2022, 8, 31)));
        assertThat(measurements.get(0).value()).isEqualByComparingTo("84");
        assertThat(measurements.get(1).noNewData()).isTrue();
        assertThat(measurements.get(2).judgement()).isEqualTo("AT_RISK");
        assertThat(measurements.get(2).comment()).isEqualTo("Sent");
        // as known before the correction: the first value
        var before = new EventTrail(trail.subList(0, 1), Instant.parse("2022-09-10T00:00:00Z"),
                LocalDate.parse("2022-09-30")).measurements(Set.of("N1"));
        assertThat(before.get(0).value()).isEqualByComparingTo("48");
    }

    @Test
    void anEndNamesTheDecisionOfTheRevisionThatSetIt() {
        event("GoalRevised", "2022-02-14", "{'goalId':'M3','validTo':'2022-06-30','decision':{'body':'KS',"
                + "'date':'2022-02-14','paragraph':'12'}}");
        event("GoalRevised", "2022-03-01", "{'goalId':'M3','title':'Ny titel','decision':{'body':'KS',"
                + "'date':'2022-03-01','paragraph':'20'}}");

        assertThat(facts("2022-05-31").endDecision("GoalRevised", "goalId", "M3", LocalDate.of(2022, 6, 30)))
                .contains("KS 2022-02-14 § 12");
        assertThat(facts("2022-05-31").endDecision("GoalRevised", "goalId", "M3", LocalDate.of(2022, 7, 31)))
                .isEmpty();
    }

    @Test
    void aBaselineIsTheOneDefinedNotTheFlowsLastYearTotal() {
        event("IndicatorDefined", "2022-01-01", "{'indicatorId':'N3','baseline':{'value':40,'date':'2021-12-31'}}");

        var baseline = facts("2022-09-30").definedBaseline("N3").orElseThrow();
        assertThat(baseline.value()).isEqualByComparingTo("40");
        assertThat(baseline.date()).isEqualTo(LocalDate.of(2021, 12, 31));
    }
}
