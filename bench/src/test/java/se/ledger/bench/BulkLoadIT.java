package se.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.Test;
import se.ledger.bench.data.BulkLoad;
import se.ledger.bench.data.EventRows;
import se.ledger.bench.data.PlanGenerator;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.ActivityStatusChanged;
import se.ledger.events.LedgerEvent;

/** The bulk-loaded rows read back by Axon's own JDBC engine with the ledger's serializer, beside a consistent directory. */
class BulkLoadIT {

    @Test
    void axonReadsTheLoadedEventsAndTheDirectoryKnowsEveryEntity() throws Exception {
        try (var database = new BenchDatabase()) {
            var source = PlanListScaling.dataSource(database);
            var load = new BulkLoad(source, Duration.ofHours(1));
            load.migrate();
            long loaded = load.plans(0, 2) + load.cheapPlans(0, 3);

            var serializer = EventRows.ledgerSerializer();
            var engine = JdbcEventStorageEngine.builder()
                    .connectionProvider(new DataSourceConnectionProvider(source))
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .eventSerializer(serializer).snapshotSerializer(serializer)
                    .build();
            List<? extends DomainEventMessage<?>> activity = engine.readEvents(PlanGenerator.openActivity(1)).asStream().toList();
            assertThat(activity).first().satisfies(e -> {
                assertThat(e.getPayload()).isInstanceOf(ActivityPlanned.class);
                assertThat(e.getType()).isEqualTo("ActivityAggregate");
                assertThat(e.getSequenceNumber()).isZero();
            });
            assertThat(activity).extracting(DomainEventMessage::getPayload).hasAtLeastOneElementOfType(ActivityStatusChanged.class);

            List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).toList();
            assertThat(all).hasSize((int) loaded).allSatisfy(e -> assertThat(e.getPayload()).isInstanceOf(LedgerEvent.class));
            assertThat(all.get(all.size() - 1).getTimestamp()).isAfter(all.get(0).getTimestamp());

            try (var c = database.connect(); var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT (SELECT count(DISTINCT aggregateidentifier) FROM public.domainevententry),"
                            + " (SELECT count(*) FROM command.entity),"
                            + " (SELECT count(*) FROM public.domainevententry d LEFT JOIN command.entity e"
                            + "   ON e.id = d.aggregateidentifier WHERE e.id IS NULL),"
                            + " (SELECT count(*) FROM command.plan_period),"
                            + " (SELECT count(*) FROM command.goal_contribution)")) {
                rs.next();
                assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
                assertThat(rs.getLong(3)).isZero();
                assertThat(rs.getLong(4)).isEqualTo(5);
                assertThat(rs.getLong(5)).isEqualTo(1);
            }
        }
    }
}
