package se.ledger.standalone.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The writes the crash tests make, and what the event store holds of them. */
public final class LedgerWrites {

    private LedgerWrites() {
    }

    /** A plan with one goal and the given activities under it. */
    public static void plan(HttpLedger http, String plan, List<String> activities) {
        created(http.post("admin", "/api/plans", "{'id':'" + plan + "','organisation':'Vaggeryds kommun',"
                + "'title':'Verksamhetsplan 2022','periodStart':'2022-01-01','periodEnd':'2022-12-31'}", null));
        created(http.post("admin", "/api/plans/" + plan + "/goals", "{'id':'" + plan + "-g','title':'Trygg skola'}",
                null));
        for (String activity : activities) {
            created(http.post("chef", "/api/plans/" + plan + "/activities", "{'id':'" + activity + "','goalIds':['"
                    + plan + "-g'],'title':'Aktivitet " + activity + "','responsible':{'person':'Magnus Ljunggren'}}",
                    null));
        }
    }

    public static HttpLedger.Answer comment(HttpLedger http, String activity, String text, String key) {
        return http.post("chef", "/api/activities/" + activity + "/comments",
                "{'text':'" + text + "','effectiveDate':'2022-06-30'}", key);
    }

    /** How many times each comment text is stored in the event store. */
    public static Map<String, Long> storedComments(JdbcClient database) {
        return database.sql("SELECT convert_from(payload, 'UTF8')::json->>'text' FROM public.domainevententry"
                        + " WHERE payloadtype = 'CommentAdded'")
                .query(String.class).list().stream()
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
    }

    private static void created(HttpLedger.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }
}
