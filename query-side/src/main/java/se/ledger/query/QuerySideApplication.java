package se.ledger.query;

import org.springframework.boot.SpringApplication;
import se.ledger.platform.LedgerApplication;

/** The query side alone, for the scale-out topology (docker-compose.yml). */
@LedgerApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
