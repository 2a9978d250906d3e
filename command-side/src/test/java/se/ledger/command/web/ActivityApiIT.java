package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityApiIT extends ApiTestBase {

    @Test
    void planningStoresActivityPlannedEffectiveFromThePlanStart() {
        givenGoal();
        Instant before = Instant.now();
        var response = api.post("chef", "/api/plans/" + plan + "/activities", json("{'id':'" + activity
                + "','goalIds':['" + goal + "'],'title':'Workshop med berörda','description':'Görs inför samråd',"
                + "'responsible':{'person':'Torbjörn Åkerblad','unit':'KS'},'partners':['VA','HG'],"
                + "'start':'2022-02-01','end':'2022-11-30','desiredState':'Genomförs 2022'}"));
        var answer = created(response);
        assertThat(response.header("Location")).isEqualTo("/api/activities/" + activity);
        assertThat(answer.get("version").asLong()).isZero();
        var row = assertStored(answer, "ActivityPlanned", "2022-01-01", "chef", before);
        assertThat(row.payload().get("goalIds").get(0).asText()).isEqualTo(goal);
        assertThat(row.payload().get("responsible").get("person").asText()).isEqualTo("Torbjörn Åkerblad");
        assertThat(row.payload().get("partners")).hasSize(2);
        assertThat(row.payload().get("end").asText()).isEqualTo("2022-11-30");
    }

    @Test
    void statusChangeStoresStatusWithExplanationAndBothTimes() {
        givenActivity();
        Instant before = Instant.now();
        var answer = ok(api.post("chef", "/api/activities/" + activity + "/status", json(
                "{'status':'DEVIATING','explanation':'Konsulten sade upp avtalet','effectiveDate':'2022-04-30'}")));
        assertThat(answer.get("version").asLong()).isEqualTo(1);
        var row = assertStored(answer, "ActivityStatusChanged", "2022-04-30", "chef", before);
        assertThat(row.payload().get("status").asText()).isEqualTo("DEVIATING");
        assertThat(row.payload().get("explanation").asText()).isEqualTo("Konsulten sade upp avtalet");
    }

    @Test
    void correctionSupersedesTheNamedEventWithItsReason() {
        givenActivity();
        var wrong = ok(api.post("chef", "/api/activities/" + activity + "/status",
                json("{'status':'COMPLETED','effectiveDate':'2022-08-31'}")));
        Instant before = Instant.now();
        var answer = ok(api.post("chef", "/api/activities/" + activity + "/status", json("{'status':'ON_TRACK',"
                + "'effectiveDate':'2022-08-31','corrects':'" + wrong.get("eventId").asText()
                + "','reason':'Fel aktivitet markerades som klar'}")));
        var row = assertStored(answer, "ActivityStatusChanged", "2022-08-31", "chef", before);
        assertThat(row.payload().get("correction").get("eventId").asText()).isEqualTo(wrong.get("eventId").asText());
        assertThat(row.payload().get("correction").get("reason").asText()).isEqualTo("Fel aktivitet markerades som klar");
        assertThat(events.of(activity)).hasSize(3);
    }

    @Test
    void commentStoresTextVerbatim() {
        givenActivity();
        Instant before = Instant.now();
        var answer = ok(api.post("chef", "/api/activities/" + activity + "/comments", json(
                "{'text':'Samrådstiden för ÖP går ut 30 september; därefter bearbetas förslaget.',"
                        + "'effectiveDate':'2022-08-31'}")));
        var row = assertStored(answer, "CommentAdded", "2022-08-31", "chef", before);
        assertThat(row.payload().get("text").asText())
                .isEqualTo("Samrådstiden för ÖP går ut 30 september; därefter bearbetas förslaget.");
        assertThat(row.payload().get("about").get("kind").asText()).isEqualTo("ACTIVITY");
    }

    @Test
    void monthReportIsEffectiveOnTheMonthsLastDay() {
        givenActivity();
        Instant before = Instant.now();
        var answer = ok(api.post("chef", "/api/activities/" + activity + "/month-reports",
                json("{'month':'2022-02','mark':'RISING'}")));
        var row = assertStored(answer, "MonthReported", "2022-02-28", "chef", before);
        assertThat(row.payload().get("month").asText()).isEqualTo("2022-02");
        assertThat(row.payload().get("mark").asText()).isEqualTo("RISING");
    }

    @Test
    void reschedulingAndReassignmentAreStored() {
        givenActivity();
        Instant before = Instant.now();
        var moved = ok(api.post("chef", "/api/activities/" + activity + "/reschedulings", json(
                "{'start':'2022-03-01','end':'2023-06-30','reason':'Samrådet förlängdes','effectiveDate':'2022-05-15'}")));
        assertStored(moved, "ActivityRescheduled", "2022-05-15", "chef", before);
        var reassigned = ok(api.post("chef", "/api/activities/" + activity + "/reassignments", json(
                "{'responsible':{'person':'Magnus Ljunggren','unit':'Tekniska förvaltningen'},"
                        + "'reason':'Ny organisation','effectiveDate':'2022-06-01'}")));
        var row = assertStored(reassigned, "ActivityReassigned", "2022-06-01", "chef", before);
        assertThat(row.payload().get("responsible").get("person").asText()).isEqualTo("Magnus Ljunggren");
        assertThat(reassigned.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void matchingIfMatchVersionIsAccepted() {
        givenActivity();
        var answer = api.post("chef", "/api/activities/" + activity + "/status",
                json("{'status':'ON_TRACK','effectiveDate':'2022-03-31'}"), java.util.Map.of("If-Match", "\"0\""));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("ETag")).isEqualTo("\"1\"");
    }
}
