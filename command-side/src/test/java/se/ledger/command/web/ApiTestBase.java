package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.command.CommandSideApplication;
import se.ledger.platform.test.Api;
import se.ledger.platform.test.EventTable;
import se.ledger.platform.test.TestDatabase;

/** The command side over real HTTP on a real embedded PostgreSQL; each test uses its own ids. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
@Import(TestDatabase.class)
public abstract class ApiTestBase {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    protected Api api;
    protected EventTable events;
    protected String plan;
    protected String goal;
    protected String activity;
    protected String indicator;

    @BeforeEach
    void connect() {
        api = new Api(port);
        events = new EventTable(dataSource);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        plan = "plan-" + suffix;
        goal = "goal-" + suffix;
        activity = "act-" + suffix;
        indicator = "ind-" + suffix;
    }

    protected void givenPlan() {
        created(api.post("admin", "/api/plans", json("{'id':'" + plan + "','organisation':'Vaggeryds kommun',"
                + "'title':'Verksamhetsplan 2022','periodStart':'2022-01-01','periodEnd':'2022-12-31'}")));
    }

    protected void givenGoal() {
        givenPlan();
        created(api.post("admin", "/api/plans/" + plan + "/goals", json("{'id':'" + goal
                + "','title':'Hållbar samhällsutveckling','area':'Tillväxt','sdgs':[11]}")));
    }

    protected void givenActivity() {
        givenGoal();
        created(api.post("chef", "/api/plans/" + plan + "/activities", json("{'id':'" + activity + "','goalIds':['"
                + goal + "'],'title':'Befolkningsprognos per delområde','responsible':{'person':'Torbjörn Åkerblad',"
                + "'unit':'Samhällsutvecklingsgruppen'},'start':'2022-01-01','end':'2022-12-31'}")));
    }

    protected void givenIndicator() {
        givenGoal();
        created(api.post("admin", "/api/goals/" + goal + "/indicators", json("{'id':'" + indicator
                + "','name':'Andel nöjda medborgare','unit':'%','baseline':{'value':60,'date':'2021-12-31'},"
                + "'target':{'value':80,'date':'2022-12-31'},'source':'SCB'}")));
    }

    protected static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    protected static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /**
     * The write answered with the stored event: right type, payload, both times, actor, and the
     * entity version and position the event store gave it.
     */
    protected EventTable.Row assertStored(JsonNode answer, String type, String effectiveDate, String actor,
            Instant before) {
        EventTable.Row row = events.byEventId(answer.get("eventId").asText());
        assertThat(row.type()).isEqualTo(type);
        assertThat(row.revision()).isEqualTo("1");
        assertThat(row.aggregateId()).isEqualTo(answer.get("id").asText());
        assertThat(row.sequence()).isEqualTo(answer.get("version").asLong());
        assertThat(row.position()).isEqualTo(answer.get("position").asLong());
        assertThat(row.payload().get("effectiveDate").asText()).isEqualTo(effectiveDate);
        assertThat(row.payload().get("actor").asText()).isEqualTo(actor);
        assertThat(row.recordedAt()).isBetween(before, Instant.now());
        return row;
    }
}
