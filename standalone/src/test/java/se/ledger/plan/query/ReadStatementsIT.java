package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.plan.query.PlanViews.HistoryRow;
import se.ledger.plan.query.PlanViews.PlanSummary;
import se.ledger.plan.query.api.FetchPlanHistory;
import se.ledger.plan.query.api.FindPlans;
import se.ledger.platform.test.Api;
import se.ledger.standalone.LedgerStandalone;

/** Reads cost a fixed number of SQL statements, whatever the number of plans or months. */
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.import-sample=false", "ledger.projection.wait-millis=2000"})
@ActiveProfiles("it")
@Import(StatementCounter.class)
class ReadStatementsIT {

    @LocalServerPort
    int port;
    @Autowired
    PlanQueries queries;
    @Autowired
    DataSource dataSource;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private long position;

    @Test
    void thePlanListIsOneLookupForTwoPlansAndForTwenty() {
        var created = new ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            created.add(plan("p" + i, i == 0 ? "Östra nämnden" : "Allmänna nämnden"));
        }
        var two = StatementCounter.during(() -> plans());
        for (int i = 2; i < 20; i++) {
            created.add(plan("p" + i, "Nämnd " + i));
        }
        var twenty = StatementCounter.during(() -> plans());
        assertThat(plans()).extracting(PlanSummary::id).containsAll(created);
        // the active generation, then the plans with their definitions (before: 2 + one per plan)
        assertThat(two).hasSameSizeAs(twenty).hasSize(2);
    }

    @Test
    void theGridOfAYearReadsEachPlanOnceNotOncePerMonth() {
        String target = plan("kf", "Kommunfullmäktige");
        write("/api/plans/" + target + "/goals", "{'id':'" + target + "-g','title':'Övergripande mål'}");
        String board = plan("bun", "Barn- och utbildningsnämnden");
        write("/api/plans/" + board + "/goals", "{'id':'" + board + "-g','title':'Nämndmål','contributesTo':['"
                + target + "-g']}");
        new Api(port).get("revisor", "/api/plans/" + target + "?minPosition=" + position);

        List<HistoryRow> rows = new ArrayList<>();
        var statements = StatementCounter.during(() -> rows.addAll(queries.handle(
                new FetchPlanHistory(target, 2022, Instant.now())).rows()));

        // before: 12 contribution lookups and 12 reads of the contributing plan, one per month end
        assertThat(statements.stream().filter(s -> s.contains("contributesTo"))).hasSize(1);
        assertThat(statements.stream().filter(s -> s.contains("FROM query.fact"))).hasSize(4);
        var december = new Api(port).get("revisor", "/api/plans/" + target + "?validAt=2022-12-31").json()
                .get("goals").get(0);
        assertThat(december.get("contributions").get(0).get("goalId").asText()).isEqualTo(board + "-g");
        assertThat(rows.get(0).months().get(11).prognosis().name()).isEqualTo(december.get("prognosis").asText());
    }

    /** The contribution lookups are index searches whatever the planner's statistics. */
    @Test
    void contributionLookupsUseTheirIndexes() throws SQLException {
        assertThat(plan(PlanFacts.CONTRIBUTING + " AND valid @> ?", 1, "2022-06-30"))
                .contains("fact_contributing");
        assertThat(plan(PlanFacts.GOAL_DEFINITION + " AND entity_id = ANY(?)", 1, "2022-06-30"))
                .contains("fact_goal_definition");
    }

    /** Projecting an event finds its entity's place (first position) with one index probe. */
    @Test
    void anEntitysPlaceIsOneIndexProbe() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL enable_seqscan = off");
                var explain = new StringBuilder();
                try (var result = statement.executeQuery("EXPLAIN SELECT min(position) FROM query.event_log"
                        + " WHERE generation = 1 AND entity_id = 'a1'")) {
                    while (result.next()) {
                        explain.append(result.getString(1)).append('\n');
                    }
                }
                assertThat(explain.toString()).contains("event_log_entity_order").contains("Limit");
            } finally {
                connection.rollback();
            }
        }
    }

    private String plan(String sql, int generation, String date) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL enable_seqscan = off");
            }
            var explain = new StringBuilder();
            try (var statement = connection.prepareStatement("EXPLAIN " + sql)) {
                statement.setInt(1, generation);
                statement.setObject(2, java.time.OffsetDateTime.now());
                statement.setObject(3, java.time.LocalDate.parse(date));
                if (sql.contains("ANY(?)")) {
                    statement.setArray(4, connection.createArrayOf("varchar", new String[] {"g"}));
                }
                try (var result = statement.executeQuery()) {
                    while (result.next()) {
                        explain.append(result.getString(1)).append('\n');
                    }
                }
            } finally {
                connection.rollback();
            }
            return explain.toString();
        }
    }

    private List<PlanSummary> plans() {
        return queries.handle(new FindPlans(Instant.now()));
    }

    private String plan(String id, String organisation) {
        String plan = run + "-" + id;
        write("/api/plans", "{'id':'" + plan + "','organisation':'" + organisation + "','title':'Plan 2022',"
                + "'periodStart':'2022-01-01','periodEnd':'2022-12-31'}");
        new Api(port).get("revisor", "/api/plans?minPosition=" + position);
        return plan;
    }

    private void write(String path, String body) {
        var response = new Api(port).post("admin", path, json(body));
        assertThat(response.status()).as(path + " " + response.body()).isIn(200, 201);
        position = response.json().get("position").asLong();
    }
}
