package se.ledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.ledger.platform.test.Api;

/** A broken rule gets the same status and the same Swedish words through the API as through an import. */
class OneRuleEitherDoorIT extends ImportTestBase {

    @Test
    void aPlanEndingBeforeItStarts() {
        String p = unique();
        var api = this.api.post("admin", "/api/plans", json("{'id':'" + p + "-P','organisation':'K','title':'T',"
                + "'periodStart':'2022-12-31','periodEnd':'2022-01-01'}"));
        var file = upload("", p + ".csv", Sheets.header() + planRow(p, "2022-12-31", "2022-01-01"));

        assertSame(api, "periodEnd", file, "slut", "slutdatumet 2022-01-01 ligger före startdatumet 2022-12-31");
    }

    @Test
    void anActivityEndingBeforeItStarts() {
        String p = importedPlan();
        var api = this.api.post("chef", "/api/plans/" + p + "-P/activities", json("{'id':'" + p + "-A9',"
                + "'goalIds':['" + p + "-M1'],'title':'x','responsible':{'person':'Eva'},"
                + "'start':'2022-06-01','end':'2022-05-01'}"));
        String q = unique();
        var file = upload("", q + ".csv", Sheets.plan(q) + Sheets.row("typ", "AKTIVITET", "id", q + "-A9", "titel",
                "x", "mål", q + "-M1", "ansvarig", "Eva", "start", "2022-06-01", "slut", "2022-05-01"));

        assertSame(api, "end", file, "slut", "slutdatumet 2022-05-01 ligger före startdatumet 2022-06-01");
    }

    @Test
    void aGoalAboveItself() {
        String p = importedPlan();
        var api = this.api.post("admin", "/api/plans/" + p + "-P/goals", json("{'id':'" + p + "-M9',"
                + "'title':'x','parentGoalId':'" + p + "-M9'}"));
        String q = unique();
        var file = upload("", q + ".csv", Sheets.header() + planRow(q, "2022-01-01", "2022-12-31")
                + Sheets.row("typ", "MÅL", "id", p + "-M9", "titel", "x", "överordnat mål", p + "-M9"));

        assertSame(api, "parentGoalId", file, "överordnat mål", "målet '" + p + "-M9' blir överordnat sig självt: "
                + "kedjan av överordnade mål går runt i en cirkel");
    }

    /**
     * The ledger's rule for a reported date (EffectiveDates), in the same words. The API answers 422 (the
     * plan's period is the ledger's to know); the import lists it among every problem of the file (400).
     */
    @Test
    void aStatusOutsideThePlansPeriod() {
        String p = importedPlan();
        var api = this.api.post("chef", "/api/activities/" + p + "-A1/status",
                json("{'status':'ON_TRACK','effectiveDate':'2023-03-31'}"));
        String q = unique();
        var file = upload("", q + ".csv", Sheets.plan(q) + Sheets.row("typ", "AKTIVITET", "id", q + "-A9", "titel",
                "x", "mål", q + "-M1", "ansvarig", "Eva", "start", "2022-06-01", "slut", "2022-09-01", "status",
                "Pågående enligt plan", "statusdatum", "2023-03-31"));

        String words = "Datumet 2023-03-31 ligger utanför planens period 2022-01-01–2022-12-31.";
        assertThat(api.status()).as(api.body()).isEqualTo(422);
        assertThat(file.status()).as(file.body()).isEqualTo(400);
        assertThat(api.json().get("errors")).anySatisfy(e -> assertProblem(e, "field", "effectiveDate", "detail", words));
        assertThat(file.json().get("errors")).anySatisfy(e -> assertProblem(e, "column", "statusdatum", "reason", words));
    }

    /** A plan the API can add to, with goals p-M1 and p-M2. */
    private String importedPlan() {
        String p = unique();
        assertThat(upload("", p + ".csv", Sheets.plan(p)).status()).isEqualTo(201);
        return p;
    }

    private static String planRow(String p, String start, String end) {
        return Sheets.row("typ", "PLAN", "id", p + "-P", "titel", "T", "organisation", "K", "start", start, "slut",
                end);
    }

    private static void assertSame(Api.Response api, String field, Api.Response file, String column, String words) {
        assertThat(api.status()).as(api.body()).isEqualTo(400);
        assertThat(file.status()).as(file.body()).isEqualTo(400);
        assertThat(api.json().get("errors")).anySatisfy(e -> assertProblem(e, "field", field, "detail", words));
        assertThat(file.json().get("errors")).anySatisfy(e -> assertProblem(e, "column", column, "reason", words));
    }

    private static void assertProblem(JsonNode error, String where, String place, String what, String words) {
        assertThat(error.path(where).asText()).isEqualTo(place);
        assertThat(error.path(what).asText()).isEqualTo(words);
    }
}
