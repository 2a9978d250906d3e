package se.ledger.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Each module migrates its own tables with its own history table, so the command side and the
 * query side can run as separate services on one database without tripping over each other.
 */
public final class Migrations {

    private Migrations() {
    }

    public static Flyway of(DataSource dataSource, String module, String schema) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/" + module)
                .schemas(schema)
                .defaultSchema(schema)
                .table("flyway_history_" + module)
                .load();
    }
}
