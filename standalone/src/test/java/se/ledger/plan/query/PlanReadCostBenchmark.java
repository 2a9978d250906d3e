package se.ledger.plan.query;

import static se.ledger.platform.test.Api.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.plan.query.api.FetchPlanHistory;
import se.ledger.plan.query.api.FetchPrognoses;
import se.ledger.plan.query.api.FindPlan;
import se.ledger.platform.test.Api;
import se.ledger.standalone.LedgerStandalone;

/**
 * What GET /api/plans/{id}, its prognoses and its history cost over HTTP next to the SQL behind
 * them, for a 300-activity plan, before and after the ledger fills with other plans' facts and
 * events. Prints medians and ratios of one run; asserts nothing about time.
 * Run apart: mvn -B -Pbench -pl standalone -am test -Dtest=PlanReadCostBenchmark
 */
@Tag("benchmark")
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.import-sample=false", "ledger.projection.wait-millis=20000"})
@ActiveProfiles("it")
class PlanReadCostBenchmark {

    private static final String PLAN = "kostnad";
    private static final LocalDate AT = LocalDate.of(2022, 8, 31);
    private static final int GOALS = 30;
    private static final int ACTIVITIES_PER_GOAL = 10;
    private static final int OTHER_ROWS = 60_000;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlanFacts facts;
    @Autowired
    PlanQueries queries;
    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Test
    void readCost() {
        var api = new Api(port);
        long position = load(api);
        api.get("revisor", "/api/plans/" + PLAN + "?minPosition=" + position);
        var jdbc = JdbcClient.create(dataSource);
        var before = measure(api);
        jdbc.sql("INSERT INTO query.fact (generation, plan_id, entity_kind, entity_id, attribute, value, valid,"
                + " recorded, event_id, entity_order) SELECT 1, 'other-' || (i % 400), 'ACTIVITY', 'other-a-' || i,"
                + " 'status', '{\"status\":\"ON_TRACK\"}', daterange('2022-01-01', NULL),"
                + " tstzrange(now() - interval '1 day', NULL), 'o' || i, i FROM generate_series(1, " + OTHER_ROWS
                + ") i").update();
        jdbc.sql("INSERT INTO query.event_log (generation, event_id, position, plan_id, entity_kind, entity_id, type,"
                + " attribute, value, effective_date, recorded_at, actor, data) SELECT 1, 'o' || i, 1000000 + i,"
                + " 'other-' || (i % 400), 'ACTIVITY', 'other-a-' || i, 'ActivityStatusChanged', 'status',"
                + " '{\"status\":\"ON_TRACK\"}', '2022-01-01', now() - interval '1 day', 'chef', '{}'"
                + " FROM generate_series(1, " + OTHER_ROWS + ") i").update();
        jdbc.sql("ANALYZE query.fact").update();
        jdbc.sql("ANALYZE query.event_log").update();
        var after = measure(api);
        long seqScans = seqScans(jdbc);
        for (int i = 0; i < 20; i++) {
            measureOnce(api);
        }
        // backends report their table statistics when idle, at most every ten seconds
        jdbc.sql("SELECT pg_sleep(11)").query().singleRow();
        seqScans = seqScans(jdbc) - seqScans;
        System.out.printf("%nRead cost, %d goals, %d activities, median of 30, same run%n", GOALS,
                GOALS * ACTIVITIES_PER_GOAL);
        System.out.printf("%-34s %9s %9s %9s %7s%n", "read", "HTTP ms", "lookup ms", "all SQL", "ratio");
        print("plan, alone", before[0]);
        print("plan, + " + OTHER_ROWS + " other facts/events", after[0]);
        print("prognoses, alone", before[1]);
        print("prognoses, + other", after[1]);
        print("history 2022, alone", before[2]);
        print("history 2022, + other", after[2]);
        print("GET /api/labels (HTTP, login, no SQL)", after[3]);
        System.out.printf("JVM CPU ms of the plan answer in process (query + JSON), median of 30: %.2f;"
                + " of its prognoses: %.2f; of the history: %.2f%n",
                cpu(() -> serialized(queries.handle(new FindPlan(PLAN, Instant.now(), AT)))),
                cpu(() -> serialized(queries.handle(new FetchPrognoses(PLAN, Instant.now(), AT)))),
                cpu(() -> serialized(queries.handle(new FetchPlanHistory(PLAN, 2022, Instant.now())))));
        System.out.printf("sequential scans of fact and event_log during 20 plan, prognoses and history GETs: %d%n",
                seqScans);
    }

    private void measureOnce(Api api) {
        for (String path : new String[] {"?validAt=" + AT, "/prognoses?validAt=" + AT, "/history?year=2022"}) {
            api.get("revisor", "/api/plans/" + PLAN + path);
        }
    }

    private byte[] serialized(Object answer) {
        try {
            return mapper.writeValueAsBytes(answer);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The calling thread's CPU time, which the other processes on a shared machine disturb less than wall time. */
    private static double cpu(Supplier<Object> read) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[30];
        for (int i = 0; i < 30 + ms.length; i++) {
            long start = threads.getCurrentThreadCpuTime();
            read.get();
            if (i >= 30) {
                ms[i - 30] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
            }
        }
        return median(ms);
    }

    private static long seqScans(JdbcClient jdbc) {
        return jdbc.sql("SELECT coalesce(sum(seq_scan), 0) FROM pg_stat_user_tables WHERE schemaname = 'query'"
                + " AND relname IN ('fact', 'event_log')").query(Long.class).single();
    }

    private long load(Api api) {
        api.post("admin", "/api/plans", json("{'id':'" + PLAN + "','organisation':'K','title':'Plan',"
                + "'periodStart':'2022-01-01','periodEnd':'2022-12-31'}"));
        long position = 0;
        for (int g = 0; g < GOALS; g++) {
            String goal = PLAN + "-g" + g;
            String parent = g % 3 == 0 ? "" : ",'parentGoalId':'" + PLAN + "-g" + (g - g % 3) + "'";
            api.post("admin", "/api/plans/" + PLAN + "/goals", json("{'id':'" + goal + "','title':'Mål " + g + "'"
                    + parent + "}"));
            String indicator = goal + "-i";
            api.post("admin", "/api/goals/" + goal + "/indicators", json("{'id':'" + indicator + "','name':'Tal',"
                    + "'unit':'%','baseline':{'value':10,'date':'2021-12-31'},'target':{'value':20,'date':'2022-12-31'}}"));
            for (String month : new String[] {"03-31", "06-30"}) {
                api.post("chef", "/api/indicators/" + indicator + "/measurements",
                        json("{'value':" + (10 + g % 7) + ",'effectiveDate':'2022-" + month + "'}"));
            }
            for (int a = 0; a < ACTIVITIES_PER_GOAL; a++) {
                String id = goal + "-a" + a;
                api.post("chef", "/api/plans/" + PLAN + "/activities", json("{'id':'" + id + "','goalIds':['" + goal
                        + "'],'title':'Aktivitet " + a + "','responsible':{'person':'A'}}"));
                position = api.post("chef", "/api/activities/" + id + "/status", json("{'status':'"
                        + (a % 4 == 0 ? "DEVIATING" : "ON_TRACK") + "','effectiveDate':'2022-0" + (3 + a % 5)
                        + "-28','explanation':'x'}")).json().get("position").asLong();
            }
        }
        return position;
    }

    private record Cost(double http, double lookup, double sql) {
    }

    private Cost[] measure(Api api) {
        Instant now = Instant.now();
        Supplier<Object> lookup = () -> facts.at(1, PLAN, Instant.now(), AT);
        Supplier<Object> planSql = () -> {
            facts.planDefinition(1, PLAN, Instant.now());
            facts.series(1, PLAN, Instant.now(), AT);
            facts.contributingGoals(1, Instant.now(), AT);
            return facts.at(1, PLAN, Instant.now(), AT);
        };
        Supplier<Object> historySql = () -> {
            facts.planDefinition(1, PLAN, now);
            facts.comments(1, PLAN, Instant.now(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
            facts.contributingGoals(1, Instant.now(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
            return facts.during(1, PLAN, Instant.now(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        };
        return new Cost[] {
            cost(api, "/api/plans/" + PLAN + "?validAt=" + AT, lookup, planSql),
            cost(api, "/api/plans/" + PLAN + "/prognoses?validAt=" + AT, lookup, planSql),
            cost(api, "/api/plans/" + PLAN + "/history?year=2022", () -> facts.during(1, PLAN, Instant.now(),
                    LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), historySql),
            cost(api, "/api/labels", lookup, lookup)};
    }

    private static Cost cost(Api api, String path, Supplier<Object> lookup, Supplier<Object> sql) {
        for (int i = 0; i < 30; i++) {
            api.get("revisor", path);
            sql.get();
        }
        int n = 30;
        double[] http = new double[n];
        double[] one = new double[n];
        double[] all = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            var response = api.get("revisor", path);
            http[i] = (System.nanoTime() - start) / 1e6;
            if (response.status() != 200) {
                throw new IllegalStateException(response.body());
            }
            start = System.nanoTime();
            lookup.get();
            one[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            sql.get();
            all[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Cost(median(http), median(one), median(all));
    }

    private static void print(String label, Cost cost) {
        System.out.printf("%-34s %9.2f %9.2f %9.2f %7.2f%n", label, cost.http(), cost.lookup(), cost.sql(),
                cost.http() / cost.sql());
    }

    private static double median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
