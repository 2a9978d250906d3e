package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlanAndGoalApiIT extends ApiTestBase {

    @Test
    void registeringPlanStoresPlanRegisteredEffectiveFromItsFirstDay() {
        Instant before = Instant.now();
        var response = api.post("admin", "/api/plans", json("{'id':'" + plan + "','organisation':'Vaggeryds kommun',"
                + "'title':'Verksamhetsplan 2022','periodStart':'2022-01-01','periodEnd':'2022-12-31'}"));
        var answer = created(response);
        assertThat(response.header("Location")).isEqualTo("/api/plans/" + plan);
        var row = assertStored(answer, "PlanRegistered", "2022-01-01", "admin", before);
        assertThat(row.payload().get("organisation").asText()).isEqualTo("Vaggeryds kommun");
        assertThat(row.payload().get("periodEnd").asText()).isEqualTo("2022-12-31");
    }

    @Test
    void serverChoosesAnIdWhenTheClientDoesNot() {
        var answer = created(api.post("admin", "/api/plans", json("{'organisation':'Vaggeryds kommun',"
                + "'title':'Plan','periodStart':'2022-01-01','periodEnd':'2022-12-31'}")));
        assertThat(answer.get("id").asText()).hasSize(36);
    }

    @Test
    void decisionIsRecordedAndAdoptionCitesIt() {
        givenPlan();
        Instant before = Instant.now();
        var decided = ok(api.post("admin", "/api/plans/" + plan + "/decisions", json("{'id':'kf-120','body':'KF',"
                + "'date':'2021-11-29','paragraph':'120','subject':'Verksamhetsplan 2022'}")));
        assertThat(decided.get("decisionId").asText()).isEqualTo("kf-120");
        var row = assertStored(decided, "DecisionRecorded", "2021-11-29", "admin", before);
        assertThat(row.payload().get("decision").get("paragraph").asText()).isEqualTo("120");

        var adopted = ok(api.post("admin", "/api/plans/" + plan + "/adoptions", json("{'decision':'kf-120'}")));
        var adoption = assertStored(adopted, "PlanAdopted", "2021-11-29", "admin", before);
        assertThat(adoption.payload().get("decision").get("body").asText()).isEqualTo("KF");
        assertThat(adopted.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void adoptionMayCiteTheDecisionInFull() {
        givenPlan();
        Instant before = Instant.now();
        var adopted = ok(api.post("admin", "/api/plans/" + plan + "/adoptions",
                json("{'decision':{'body':'KF','date':'2021-11-29','paragraph':'121'}}")));
        assertStored(adopted, "PlanAdopted", "2021-11-29", "admin", before);
    }

    @Test
    void goalsFormATreeWithAreaSdgsAndDesiredEffects() {
        givenGoal();
        Instant before = Instant.now();
        var answer = created(api.post("admin", "/api/plans/" + plan + "/goals", json("{'id':'" + goal
                + "-1','parentGoalId':'" + goal + "','title':'Befolkningsprognos per delområde','area':'Tillväxt',"
                + "'sdgs':[11,17],'desiredEffects':['Prognoser bryts ned på delområden'],"
                + "'ambition':'Klar 2022'}")));
        var row = assertStored(answer, "GoalDefined", "2022-01-01", "admin", before);
        assertThat(row.payload().get("parentGoalId").asText()).isEqualTo(goal);
        assertThat(row.payload().get("sdgs").toString()).isEqualTo("[11,17]");
        assertThat(row.payload().get("direction").asBoolean()).isFalse();
    }

    @Test
    void aDefinitionIsCorrectedThroughItsCreationEndpoint() {
        givenGoal();
        String defined = events.of(goal).get(0).eventId();
        Instant before = Instant.now();
        var answer = ok(api.post("admin", "/api/plans/" + plan + "/goals", json("{'id':'" + goal
                + "','title':'Hållbar samhällsutveckling och planering','area':'Tillväxt','corrects':'" + defined
                + "','reason':'Titeln skrevs fel'}")));
        var row = assertStored(answer, "GoalDefined", "2022-01-01", "admin", before);
        assertThat(row.payload().get("correction").get("eventId").asText()).isEqualTo(defined);
        assertThat(row.payload().get("title").asText()).isEqualTo("Hållbar samhällsutveckling och planering");
        var withoutId = api.post("admin", "/api/plans/" + plan + "/goals",
                json("{'title':'x','corrects':'" + defined + "','reason':'y'}"));
        assertThat(withoutId.status()).isEqualTo(400);
    }

    @Test
    void revisionNamesItsDecision() {
        givenGoal();
        Instant before = Instant.now();
        var answer = ok(api.post("admin", "/api/goals/" + goal + "/revisions", json("{'ambition':'Klar 2023',"
                + "'decision':{'body':'KS','date':'2022-09-26','paragraph':'91'},'reason':'Försenad upphandling'}")));
        var row = assertStored(answer, "GoalRevised", "2022-09-26", "admin", before);
        assertThat(row.payload().get("decision").get("body").asText()).isEqualTo("KS");
    }

    @Test
    void prognosisCommentAndMonthReportOfAGoal() {
        givenGoal();
        Instant before = Instant.now();
        var prognosis = ok(api.post("chef", "/api/goals/" + goal + "/prognoses", json(
                "{'prognosis':'PARTLY_MET','motivation':'Två av tre aktiviteter följer plan','effectiveDate':'2022-08-31'}")));
        var row = assertStored(prognosis, "PrognosisStated", "2022-08-31", "chef", before);
        assertThat(row.payload().get("prognosis").asText()).isEqualTo("PARTLY_MET");
        var comment = ok(api.post("chef", "/api/goals/" + goal + "/comments",
                json("{'text':'Förstudier pågår','effectiveDate':'2022-08-31'}")));
        assertThat(assertStored(comment, "CommentAdded", "2022-08-31", "chef", before).payload()
                .get("about").get("kind").asText()).isEqualTo("GOAL");
        var month = ok(api.post("chef", "/api/goals/" + goal + "/month-reports",
                json("{'month':'2022-08','mark':'AS_PLANNED'}")));
        assertStored(month, "MonthReported", "2022-08-31", "chef", before);
    }
}
