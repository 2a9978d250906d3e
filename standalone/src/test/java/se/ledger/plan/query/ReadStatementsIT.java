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
import se.ledger.plan.query.api.FetchPrognoses;
import se.ledger.plan.query.api.FindPlan;
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

    /**
     * The plan answer with every indicator's series, the prognoses' reasons and the goals of other
     * plans its goals contribute to: the same statements for one goal as for six.
     */
    @Test
    void thePlanAnswerWithSeriesAndLinksIsTheSameStatementsForOneGoalAndForSix() {
        String target = plan("kf2", "Kommunfullmäktige");
        write("/api/plans/" + target + "/goals", "{'id':'" + target + "-g','title':'Övergripande mål'}");
        String board = plan("sn", "Socialnämnden");
        measuredGoal(board, 0, target + "-g");
        var one = StatementCounter.during(() -> planAnswer(board));
        for (int i = 1; i < 6; i++) {
            measuredGoal(board, i, target + "-g");
        }
        var six = StatementCounter.during(() -> planAnswer(board));
        var answer = planAnswer(board);

        assertThat(answer.goals()).hasSize(6).allSatisfy(goal -> {
            assertThat(goal.indicators().get(0).series()).hasSize(2);
            assertThat(goal.contributesTo()).extracting(PlanViews.GoalLink::goalId).containsExactly(target + "-g");
            assertThat(goal.prognosisReasons()).isNotEmpty();
        });
        // before: one lookup of the linked goals per goal
        assertThat(six).hasSameSizeAs(one);
        // the overview's one question: the prognoses answer's reasons and rule are the plan answer's
        var prognoses = queries.handle(new FetchPrognoses(board, Instant.now(), java.time.LocalDate.of(2022, 8, 31)));
        assertThat(answer.prognosisRule()).isEqualTo(prognoses.rule());
        assertThat(answer.goals()).extracting(PlanViews.GoalView::prognosisReasons).containsExactlyElementsOf(
                prognoses.prognoses().stream().map(PlanViews.PrognosisView::reasons).toList());
        // a past plan without reports opens at the end of its period
        assertThat(answer.openingDate()).isEqualTo("2022-12-31");
    }

    /** The council's plan reads the plans of the boards contributing to its goal in one statement, however many. */
    @Test
    void thePlanAnswerReadsContributingPlansTogether() {
        String council = plan("kf3", "Kommunfullmäktige");
        write("/api/plans/" + council + "/goals", "{'id':'" + council + "-g','title':'Övergripande mål'}");
        for (int i = 0; i < 2; i++) {
            measuredGoal(plan("nb" + i, "Nämnd " + i), 0, council + "-g");
        }
        var two = StatementCounter.during(() -> planAnswer(council));
        for (int i = 2; i < 5; i++) {
            measuredGoal(plan("nb" + i, "Nämnd " + i), 0, council + "-g");
        }
        var five = StatementCounter.during(() -> planAnswer(council));
        var prognoses = StatementCounter.during(() -> queries.handle(new FetchPrognoses(council, Instant.now(),
                java.time.LocalDate.of(2022, 8, 31))));

        assertThat(planAnswer(council).goals().get(0).contributions()).hasSize(5);
        // before: one read per contributing plan
        assertThat(five).hasSameSizeAs(two);
        assertThat(prognoses).hasSizeLessThanOrEqualTo(five.size());
    }

    /** A year whose every month has a status and a mark costs what a year with one does. */
    @Test
    void theHistoryOfAYearIsTheSameStatementsForOneMonthAndForTwelve() {
        String board = plan("hist", "Kulturnämnden");
        measuredGoal(board, 0, null);
        var one = StatementCounter.during(() -> history(board));
        for (int m = 2; m <= 12; m++) {
            String day = java.time.YearMonth.of(2022, m).atEndOfMonth().toString();
            write("/api/activities/" + board + "-a0/status", "{'status':'" + (m % 2 == 0 ? "DEVIATING" : "ON_TRACK")
                    + "','explanation':'x','effectiveDate':'" + day + "'}");
            write("/api/indicators/" + board + "-i0/measurements", "{'value':" + m + ",'effectiveDate':'" + day + "'}");
        }
        new Api(port).get("revisor", "/api/plans/" + board + "?minPosition=" + position);
        var twelve = StatementCounter.during(() -> history(board));

        assertThat(history(board).get(1).months()).extracting(PlanViews.MonthCell::status).containsOnly(
                "ON_TRACK", "DEVIATING");
        assertThat(twelve).hasSameSizeAs(one);
        assertThat(twelve.stream().filter(s -> s.contains("FROM query.fact"))).hasSize(3);
    }

    /** One goal of the plan, with an indicator measured twice and an activity, linked to another plan's goal. */
    private void measuredGoal(String plan, int i, String contributesTo) {
        String goal = plan + "-g" + i;
        write("/api/plans/" + plan + "/goals", "{'id':'" + goal + "','title':'Mål " + i + "'"
                + (contributesTo == null ? "" : ",'contributesTo':['" + contributesTo + "']") + "}");
        write("/api/goals/" + goal + "/indicators", "{'id':'" + plan + "-i" + i + "','name':'Nyckeltal','unit':'%',"
                + "'baseline':{'value':10,'date':'2021-12-31'},'target':{'value':20,'date':'2022-12-31'}}");
        for (String day : List.of("2022-01-31", "2022-03-31")) {
            write("/api/indicators/" + plan + "-i" + i + "/measurements", "{'value':12,'effectiveDate':'" + day + "'}");
        }
        write("/api/plans/" + plan + "/activities", "{'id':'" + plan + "-a" + i + "','goalIds':['" + goal + "'],"
                + "'title':'Aktivitet','responsible':{'person':'A'}}");
        write("/api/activities/" + plan + "-a" + i + "/status", "{'status':'ON_TRACK','effectiveDate':'2022-01-31'}");
        new Api(port).get("revisor", "/api/plans/" + plan + "?minPosition=" + position);
    }

    private PlanViews.PlanView planAnswer(String plan) {
        return queries.handle(new FindPlan(plan, Instant.now(), java.time.LocalDate.of(2022, 8, 31)));
    }

    private List<HistoryRow> history(String plan) {
        return queries.handle(new FetchPlanHistory(plan, 2022, Instant.now())).rows();
    }

    /** The contribution lookups are index searches whatever the planner's statistics. */
    @Test
    void contributionLookupsUseTheirIndexes() throws SQLException {
        assertThat(plan(PlanFacts.CONTRIBUTING + " AND valid @> ?", 1, "2022-06-30"))
                .contains("fact_contributing");
        assertThat(plan(PlanFacts.GOAL_DEFINITION + " AND entity_id = ANY(?)", 1, "2022-06-30"))
                .contains("fact_goal_definition");
    }

    /** The list of plans reads registrations and plan definitions only, never other events or facts. */
    @Test
    void theListOfPlansSearchesOnlyPlans() throws SQLException {
        var now = java.time.OffsetDateTime.now();
        assertThat(explain(PlanFacts.PLANS, now, 1, now))
                .contains("event_log_plan_registered").contains("fact_plan_definition");
    }

    /** A change names who, when and why from the event behind it: those events' values and data are not read. */
    @Test
    void theChangesReadTheEventsBehindThemWithoutTheirData() {
        String board = plan("chg", "Kulturnämnden");
        measuredGoal(board, 0, null);
        var changes = new ArrayList<PlanViews.Change>();
        var statements = StatementCounter.during(() -> changes.addAll(queries.handle(new se.ledger.plan.query.api
                .FetchChanges(board, Instant.EPOCH, Instant.now(), java.time.LocalDate.of(2022, 8, 31))).changes()));

        // the plan's own fields name no event (ChangeFinder); every other change its writer
        assertThat(changes.stream().filter(change -> change.eventId() != null)).isNotEmpty()
                .allSatisfy(change -> assertThat(change.actor()).isEqualTo("admin"));
        assertThat(statements.stream().filter(s -> s.contains("event_id = ANY"))).isNotEmpty()
                .noneMatch(s -> s.contains(PlanFacts.EVENT_DATA));
    }

    /** Every read of a plan first finds its definition: a probe of the plans' definitions, never a walk through its facts. */
    @Test
    void thePlanDefinitionIsAnIndexProbe() throws SQLException {
        assertThat(explain(PlanFacts.PLAN_DEFINITION, 1, "p", "p", java.time.OffsetDateTime.now()))
                .contains("fact_plan_definition");
    }

    /** Where a past plan opens is a probe among its own reports, never a walk through its trail. */
    @Test
    void theLatestReportDateIsAnIndexProbe() throws SQLException {
        var now = java.time.OffsetDateTime.now();
        assertThat(explain(PlanFacts.LATEST_REPORT, 1, "p", now, now)).contains("event_log_plan_report");
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
        var at = new Object[] {generation, java.time.OffsetDateTime.now(), java.time.LocalDate.parse(date)};
        return sql.contains("ANY(?)") ? explain(sql, at[0], at[1], at[2], new String[] {"g"}) : explain(sql, at);
    }

    /** The plan PostgreSQL chooses for the statement, sequential scans ruled out: an index that applies is used. */
    private String explain(String sql, Object... parameters) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL enable_seqscan = off");
            }
            var explain = new StringBuilder();
            try (var statement = connection.prepareStatement("EXPLAIN " + sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i] instanceof String[] array
                            ? connection.createArrayOf("varchar", array) : parameters[i]);
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
