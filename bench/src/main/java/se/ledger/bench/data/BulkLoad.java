package se.ledger.bench.data;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import se.ledger.events.EntityKind;
import se.ledger.platform.Migrations;

/**
 * Fills the event store and the command side's directory directly, as the ledger itself would
 * have left them, with COPY: a million events in minutes, where REST would take hours. Nothing
 * else may write meanwhile: the COPY is one long transaction, and a write committed during it
 * would leave its positions as a gap the projection waits for.
 */
public final class BulkLoad {

    private final DataSource dataSource;
    private final EventRows rows = new EventRows();
    private final PlanGenerator generator = new PlanGenerator();
    private Instant clock;

    /** Recorded times start {@code back} before now and advance a millisecond per event. */
    public BulkLoad(DataSource dataSource, Duration back) {
        this.dataSource = dataSource;
        this.clock = Instant.now().minus(back);
    }

    /** The event store's and the command side's schemas, by the ledger's own migrations. */
    public void migrate() {
        Migrations.of(dataSource, "eventstore", "public").migrate();
        Migrations.of(dataSource, "command", "command").migrate();
    }

    /** Full plans {@code from} (inclusive) to {@code to} (exclusive); the number of events loaded. */
    public long plans(int from, int to) throws SQLException, IOException {
        return load(from, to, (i, directory, events) -> generator.plan(i, events, directory));
    }

    /** Cheap plans (registered, one goal) {@code from} to {@code to}. */
    public long cheapPlans(int from, int to) throws SQLException, IOException {
        return load(from, to, (i, directory, events) -> generator.cheapPlan(i, events, directory));
    }

    private interface Plans {
        void generate(int index, Directory directory, java.util.function.Consumer<StoredEvent> events);
    }

    private long load(int from, int to, Plans plans) throws SQLException, IOException {
        var directory = new CopyDirectory();
        long[] count = {0};
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            var copy = new PGCopyOutputStream(c.unwrap(PGConnection.class),
                    "COPY public.domainevententry (" + EventRows.COLUMNS + ") FROM STDIN", 1 << 20);
            try (Writer out = new OutputStreamWriter(copy, StandardCharsets.UTF_8)) {
                var line = new StringBuilder(1 << 16);
                IntConsumer flush = ignored -> {
                    try {
                        out.append(line);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    line.setLength(0);
                };
                for (int i = from; i < to; i++) {
                    plans.generate(i, directory, event -> {
                        rows.append(event, clock, line);
                        clock = clock.plusMillis(1);
                        count[0]++;
                    });
                    flush.accept(i);
                }
            }
            copyText(c, "COPY command.plan_period (plan_id, period_start, period_end) FROM STDIN", directory.periods);
            copyText(c, "COPY command.entity (id, kind, plan_id, parent_id) FROM STDIN", directory.entities);
            copyText(c, "COPY command.goal_contribution (goal_id, target_id) FROM STDIN", directory.contributions);
            c.commit();
            try (var s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("ANALYZE public.domainevententry");
                s.execute("ANALYZE command.entity");
            }
        }
        return count[0];
    }

    private static void copyText(Connection c, String sql, StringBuilder text) throws SQLException, IOException {
        c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
    }

    /** The directory rows as COPY text. */
    private static final class CopyDirectory implements Directory {
        final StringBuilder periods = new StringBuilder();
        final StringBuilder entities = new StringBuilder();
        final StringBuilder contributions = new StringBuilder();

        @Override
        public void plan(String planId, LocalDate periodStart, LocalDate periodEnd) {
            periods.append(planId).append('\t').append(periodStart).append('\t').append(periodEnd).append('\n');
        }

        @Override
        public void entity(String id, EntityKind kind, String planId, String parentId) {
            entities.append(id).append('\t').append(kind.name()).append('\t').append(planId).append('\t')
                    .append(parentId == null ? "\\N" : parentId).append('\n');
        }

        @Override
        public void contribution(String goalId, String targetId) {
            contributions.append(goalId).append('\t').append(targetId).append('\n');
        }
    }
}
