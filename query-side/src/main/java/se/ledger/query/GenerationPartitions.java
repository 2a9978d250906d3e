package se.ledger.query;

import java.util.List;
import java.util.TreeSet;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every generation of the projection has partitions of its own in the tables below (V11_10), so
 * a new generation starts empty and an old one goes with DROP TABLE, giving its disk back at once.
 */
@Component
class GenerationPartitions {

    static final List<String> TABLES = List.of("event_log", "fact");

    private final JdbcClient jdbc;

    GenerationPartitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty partitions for the generation, whatever an earlier, abandoned rebuild left in them. */
    void create(int generation) {
        for (String table : TABLES) {
            jdbc.sql("DROP TABLE IF EXISTS query." + table + "_" + generation).update();
            jdbc.sql("CREATE TABLE query." + table + "_" + generation + " PARTITION OF query." + table
                    + " FOR VALUES IN (" + generation + ")").update();
        }
        nameIndexesAfterTheirTables();
    }

    /**
     * A partition's index is named after its table's index (fact_plan_at_2), so plans read as before:
     * for a new generation's partitions, and when the application starts, for the indexes a later
     * migration created on the tables (PostgreSQL names those of the partitions itself).
     */
    @EventListener(ApplicationReadyEvent.class)
    void nameIndexesAfterTheirTables() {
        var indexes = jdbc.sql("SELECT child.relname, parent.relname || '_' || substring(tbl.relname FROM '_(\\d+)$')"
                        + " FROM pg_inherits i JOIN pg_class child ON child.oid = i.inhrelid"
                        + " JOIN pg_class parent ON parent.oid = i.inhparent JOIN pg_index x ON x.indexrelid = child.oid"
                        + " JOIN pg_class tbl ON tbl.oid = x.indrelid JOIN pg_namespace n ON n.oid = child.relnamespace"
                        + " WHERE n.nspname = 'query' AND child.relkind = 'i' AND tbl.relname ~ '^(event_log|fact)_\\d+$'")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list();
        for (var index : indexes) {
            if (!index.get(0).equals(index.get(1))) {
                jdbc.sql("ALTER INDEX query.\"" + index.get(0) + "\" RENAME TO \"" + index.get(1) + "\"").update();
            }
        }
    }

    /** Drops the partitions of every generation but the one given; returns the generations dropped. */
    TreeSet<Integer> dropAllBut(int generation) {
        var dropped = new TreeSet<Integer>();
        for (String table : TABLES) {
            var partitions = jdbc.sql("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                            + " WHERE i.inhparent = ('query.' || ?)::regclass")
                    .param(table).query(String.class).list();
            for (String partition : partitions) {
                int of = Integer.parseInt(partition.substring(table.length() + 1));
                if (of != generation) {
                    jdbc.sql("DROP TABLE query." + partition).update();
                    dropped.add(of);
                }
            }
        }
        return dropped;
    }
}
