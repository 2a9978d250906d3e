package se.ledger.standalone.bench;

import static se.ledger.platform.test.Api.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.plan.query.PlanFacts;
import se.ledger.platform.test.Api;
import se.ledger.standalone.LedgerStandalone;

/**
 * Does a plan query cost more when the ledger holds many other plans, or when an entity has a
 * long history? Prints the ratios against a baseline measured in the same run; asserts nothing
 * about time. Run apart from the tests: mvn -B -Pbench verify
 */
@Tag("benchmark")
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.import-sample=false")
@ActiveProfiles("it")
class QueryCostBenchmark {

    private static final int OTHER_PLANS = 2_000;
    private static final int FACTS_PER_OTHER_PLAN = 150;
    private static final int HISTORY = 20_000;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlanFacts facts;

    @Test
    void planQueryCost() {
        var api = new Api(port);
        var jdbc = JdbcClient.create(dataSource);
        api.post("admin", "/api/plans", json("{'id':'bench','organisation':'K','title':'Plan',"
                + "'periodStart':'2022-01-01','periodEnd':'2022-12-31'}"));
        long position = 0;
        for (int g = 0; g < 10; g++) {
            api.post("admin", "/api/plans/bench/goals", json("{'id':'bench-g" + g + "','title':'Mål " + g + "'}"));
            for (int a = 0; a < 5; a++) {
                String id = "bench-g" + g + "-a" + a;
                api.post("chef", "/api/plans/bench/activities", json("{'id':'" + id + "','goalIds':['bench-g" + g
                        + "'],'title':'Aktivitet','responsible':{'person':'A'}}"));
                position = api.post("chef", "/api/activities/" + id + "/status",
                        json("{'status':'ON_TRACK','effectiveDate':'2022-03-31'}")).json().get("position").asLong();
            }
        }
        api.get("revisor", "/api/plans/bench?minPosition=" + position);

        var baseline = measure(api, jdbc);

        jdbc.sql("INSERT INTO query.fact (generation, plan_id, entity_kind, entity_id, attribute, value, valid,"
                + " recorded, event_id, entity_order) SELECT 1, 'other-' || (i % " + OTHER_PLANS + "), 'ACTIVITY',"
                + " 'other-a-' || i, 'status', '{\"status\":\"ON_TRACK\"}', daterange('2022-01-01', NULL),"
                + " tstzrange(now() - interval '1 day', NULL), 'e' || i, i"
                + " FROM generate_series(1, " + OTHER_PLANS * FACTS_PER_OTHER_PLAN + ") i").update();
        jdbc.sql("ANALYZE query.fact").update();
        var manyPlans = measure(api, jdbc);

        jdbc.sql("INSERT INTO query.fact (generation, plan_id, entity_kind, entity_id, attribute, value, valid,"
                + " recorded, event_id, entity_order) SELECT 1, 'bench', 'ACTIVITY', 'bench-g0-a0', 'status',"
                + " '{\"status\":\"DEVIATING\",\"explanation\":\"x\"}', daterange('2022-01-01', NULL),"
                + " tstzrange(timestamptz '2000-01-01' + i * interval '1 minute',"
                + " timestamptz '2000-01-01' + (i + 1) * interval '1 minute'), 'h' || i, 0"
                + " FROM generate_series(1, " + HISTORY + ") i").update();
        jdbc.sql("ANALYZE query.fact").update();
        var longHistory = measure(api, jdbc);

        System.out.printf("%nQuery cost of GET /api/plans/{id} (50 activities), median of 40, same run%n");
        System.out.printf("%-48s %10s %10s %8s%n", "situation", "HTTP ms", "SQL ms", "ratio");
        print("baseline: one plan", baseline, baseline);
        print("+ " + OTHER_PLANS * FACTS_PER_OTHER_PLAN + " facts of " + OTHER_PLANS + " other plans", manyPlans,
                baseline);
        print("+ " + HISTORY + " superseded versions of one status", longHistory, baseline);
    }

    private record Timing(double httpMillis, double sqlMillis) {
    }

    private Timing measure(Api api, JdbcClient jdbc) {
        for (int i = 0; i < 15; i++) {
            api.get("revisor", "/api/plans/bench?validAt=2022-08-31");
            facts.at(1, "bench", Instant.now(), LocalDate.of(2022, 8, 31));
        }
        double[] http = new double[40];
        double[] sql = new double[40];
        for (int i = 0; i < 40; i++) {
            long start = System.nanoTime();
            var response = api.get("revisor", "/api/plans/bench?validAt=2022-08-31");
            http[i] = (System.nanoTime() - start) / 1e6;
            if (response.status() != 200) {
                throw new IllegalStateException(response.body());
            }
            start = System.nanoTime();
            facts.at(1, "bench", Instant.now(), LocalDate.of(2022, 8, 31));
            sql[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Timing(median(http), median(sql));
    }

    private static void print(String label, Timing timing, Timing baseline) {
        System.out.printf("%-48s %10.2f %10.2f %8.2f%n", label, timing.httpMillis(), timing.sqlMillis(),
                timing.sqlMillis() / baseline.sqlMillis());
    }

    private static double median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
