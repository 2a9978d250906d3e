package se.ledger.standalone.nodes;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who holds the projection's segments, as Axon's token table says. */
final class Segments {

    private Segments() {
    }

    /** Node id to the number of segments it has claimed. */
    static Map<String, Long> owners(JdbcClient database) {
        return database.sql("SELECT owner FROM public.tokenentry WHERE processorname = 'plan-projection'"
                        + " AND owner IS NOT NULL")
                .query(String.class).list().stream()
                .collect(Collectors.groupingBy(owner -> owner, Collectors.counting()));
    }
}
