package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndicatorApiIT extends ApiTestBase {

    @Test
    void indicatorIsDefinedWithBaselineAndTarget() {
        givenGoal();
        Instant before = Instant.now();
        var response = api.post("admin", "/api/goals/" + goal + "/indicators", json("{'id':'" + indicator
                + "','name':'Antal invånare','unit':'st','baseline':{'value':13900,'date':'2021-12-31'},"
                + "'target':{'direction':'INCREASE'},'source':'SCB'}"));
        var answer = created(response);
        assertThat(response.header("Location")).isEqualTo("/api/indicators/" + indicator);
        var row = assertStored(answer, "IndicatorDefined", "2022-01-01", "admin", before);
        assertThat(row.payload().get("target").get("direction").asText()).isEqualTo("INCREASE");
        assertThat(row.payload().get("baseline").get("value").decimalValue()).isEqualByComparingTo("13900");
        assertThat(row.payload().get("goalId").asText()).isEqualTo(goal);
    }

    @Test
    void measurementIsAValueOrExplicitlyNoNewData() {
        givenIndicator();
        Instant before = Instant.now();
        var value = ok(api.post("chef", "/api/indicators/" + indicator + "/measurements",
                json("{'value':68.5,'effectiveDate':'2022-04-30','comment':'Medborgarundersökningen'}")));
        var row = assertStored(value, "MeasurementRecorded", "2022-04-30", "chef", before);
        assertThat(row.payload().get("value").decimalValue()).isEqualByComparingTo("68.5");
        assertThat(row.payload().get("noNewData").asBoolean()).isFalse();

        var none = ok(api.post("chef", "/api/indicators/" + indicator + "/measurements",
                json("{'noNewData':true,'effectiveDate':'2022-08-31'}")));
        var noData = assertStored(none, "MeasurementRecorded", "2022-08-31", "chef", before);
        assertThat(noData.payload().get("noNewData").asBoolean()).isTrue();
        assertThat(noData.payload().has("value")).isFalse();
    }

    @Test
    void targetRevisionAndComment() {
        givenIndicator();
        Instant before = Instant.now();
        var revised = ok(api.post("admin", "/api/indicators/" + indicator + "/target-revisions", json(
                "{'target':{'value':75,'date':'2022-12-31'},'decision':{'body':'KS','date':'2022-09-26',"
                        + "'paragraph':'91'},'reason':'Nytt utgångsläge'}")));
        var row = assertStored(revised, "IndicatorTargetRevised", "2022-09-26", "admin", before);
        assertThat(row.payload().get("target").get("value").decimalValue()).isEqualByComparingTo("75");
        var comment = ok(api.post("chef", "/api/indicators/" + indicator + "/comments",
                json("{'text':'Ny mätning i oktober','effectiveDate':'2022-09-30'}")));
        assertThat(assertStored(comment, "CommentAdded", "2022-09-30", "chef", before).payload()
                .get("about").get("kind").asText()).isEqualTo("INDICATOR");
    }
}
