package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The auditor's question: what did the board see when it decided, and what do we know now? A
 * status back-dated after the decision and a correction after that make the two answers differ.
 */
class AuditorScenarioIT extends LedgerTestBase {

    @Test
    void theBoardsViewTheCorrectedTruthAndTheDifferenceBetweenThem() {
        givenPlan();
        String goal = goal("lokal", ",'area':'Tillväxt'");
        String activity = activity("plan", goal, "2022-01-01");
        status(activity, "ON_TRACK", null, "2022-06-30");
        write("chef", "/api/activities/" + activity + "/comments",
                "{'text':'Arbetet följer plan','effectiveDate':'2022-08-31'}");
        write("admin", "/api/plans/" + plan + "/decisions",
                "{'id':'ks-91','body':'KS','date':'2022-09-26','paragraph':'91','subject':'Delårsrapport augusti'}");
        var decisions = read("/api/plans/" + plan + "/decisions");
        Instant decided = Instant.parse(decisions.get(0).get("recordedAt").asText());

        var backdated = status(activity, "DEVIATING", "Konsulten sade upp avtalet", "2022-08-15");
        write("chef", "/api/activities/" + activity + "/status", "{'status':'DEVIATING','explanation':"
                + "'Avtalet hävdes i juli','effectiveDate':'2022-08-15','corrects':'"
                + backdated.get("eventId").asText() + "','reason':'Fel förklaring angavs'}");

        var seenByTheBoard = read("/api/plans/" + plan + "?asOf=" + decided + "&validAt=2022-08-31");
        var seenActivity = seenByTheBoard.get("goals").get(0).get("activities").get(0);
        assertThat(seenActivity.get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(seenActivity.get("explanation").isNull()).isTrue();
        assertThat(seenByTheBoard.get("goals").get(0).get("prognosis").asText()).isEqualTo("MET");

        var knownNow = read("/api/plans/" + plan + "?validAt=2022-08-31");
        var nowActivity = knownNow.get("goals").get(0).get("activities").get(0);
        assertThat(nowActivity.get("status").asText()).isEqualTo("DEVIATING");
        assertThat(nowActivity.get("explanation").asText()).isEqualTo("Avtalet hävdes i juli");
        assertThat(knownNow.get("goals").get(0).get("prognosis").asText()).isEqualTo("NOT_MET");
        assertThat(nowActivity.get("latestComment").get("text").asText()).isEqualTo("Arbetet följer plan");

        var beforeTheDeviation = read("/api/plans/" + plan + "?validAt=2022-07-31");
        assertThat(beforeTheDeviation.get("goals").get(0).get("activities").get(0).get("status").asText())
                .isEqualTo("ON_TRACK");

        var changes = read("/api/plans/" + plan + "/changes?from=" + decided + "&validAt=2022-08-31");
        assertThat(changes.get("changes")).extracting(c -> c.get("id").asText(), c -> c.get("field").asText(),
                        c -> c.get("before").isNull() ? null : c.get("before").asText(), c -> c.get("after").asText())
                .containsExactlyInAnyOrder(
                        tuple(activity, "status", "ON_TRACK", "DEVIATING"),
                        tuple(activity, "explanation", null, "Avtalet hävdes i juli"),
                        tuple(activity, "statusDate", "2022-06-30", "2022-08-15"));

        var trail = read("/api/activities/" + activity + "/events");
        assertThat(trail).extracting(e -> e.get("type").asText()).containsExactly("ActivityPlanned",
                "ActivityStatusChanged", "CommentAdded", "ActivityStatusChanged", "ActivityStatusChanged");
        var corrected = trail.get(3);
        var correcting = trail.get(4);
        assertThat(corrected.get("correctedBy").asText()).isEqualTo(correcting.get("eventId").asText());
        assertThat(correcting.get("corrects").asText()).isEqualTo(corrected.get("eventId").asText());
        assertThat(correcting.get("correctionReason").asText()).isEqualTo("Fel förklaring angavs");
        assertThat(correcting.get("actor").asText()).isEqualTo("chef");
        assertThat(correcting.get("effectiveDate").asText()).isEqualTo("2022-08-15");
        assertThat(Instant.parse(correcting.get("recordedAt").asText())).isAfter(decided);
    }

    @Test
    void theChangesBetweenTwoDecisionsListEachEntityOnce() {
        givenPlan();
        String goal = goal("g", "");
        write("admin", "/api/plans/" + plan + "/decisions", "{'body':'KS','date':'2022-04-25','paragraph':'50'}");
        Instant first = Instant.parse(read("/api/plans/" + plan + "/decisions").get(0).get("recordedAt").asText());
        write("admin", "/api/goals/" + goal + "/revisions", "{'ambition':'Klar 2023','decision':{'body':'KS',"
                + "'date':'2022-05-30','paragraph':'70'},'reason':'Försenad upphandling'}");
        write("chef", "/api/goals/" + goal + "/prognoses",
                "{'prognosis':'PARTLY_MET','motivation':'Försenad','effectiveDate':'2022-08-31'}");
        var changes = read("/api/plans/" + plan + "/changes?from=" + first + "&validAt=2022-08-31").get("changes");
        assertThat(changes).extracting(c -> c.get("field").asText())
                .containsExactlyInAnyOrder("ambition", "prognosis", "motivation");
        var csv = api.get("revisor", "/api/plans/" + plan + "/changes?from=" + first + "&validAt=2022-08-31",
                java.util.Map.of("Accept", "text/csv"));
        assertThat(csv.contentType()).as(csv.body()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFtyp;id;fält;före;efter").contains("ambition");
    }

    @Test
    void aCorrectedDefinitionHoldsFromItsRecordedTimeOnAndKeepsItsRevisions() {
        givenPlan();
        String goal = goal("g", ",'ambition':'Klar 2022'");
        write("admin", "/api/goals/" + goal + "/revisions", "{'ambition':'Klar 2023','decision':{'body':'KS',"
                + "'date':'2022-05-30','paragraph':'70'},'reason':'Försenad'}");
        String before = read("/api/plans/" + plan).get("asOf").asText();
        String defined = read("/api/goals/" + goal + "/events").get(0).get("eventId").asText();
        write("admin", "/api/plans/" + plan + "/goals", "{'id':'" + goal + "','title':'Lokalförsörjning',"
                + "'area':'Tillväxt','ambition':'Klar 2022','corrects':'" + defined + "','reason':'Titeln saknades'}");
        var now = read("/api/plans/" + plan + "?validAt=2022-08-31").get("goals").get(0);
        assertThat(now.get("title").asText()).isEqualTo("Lokalförsörjning");
        assertThat(now.get("area").asText()).isEqualTo("Tillväxt");
        assertThat(now.get("ambition").asText()).isEqualTo("Klar 2023");
        var then = read("/api/plans/" + plan + "?validAt=2022-08-31&asOf=" + before).get("goals").get(0);
        assertThat(then.get("title").asText()).isEqualTo("Mål g");
        assertThat(read("/api/plans/" + plan + "?validAt=2022-03-31").get("goals").get(0).get("ambition").asText())
                .isEqualTo("Klar 2022");
    }
}
