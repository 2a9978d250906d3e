package se.ledger.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.EntityKind;
import se.ledger.events.LedgerEvent;

class PlanGeneratorTest {

    private final List<StoredEvent> events = new ArrayList<>();
    private final Map<String, String> planOf = new HashMap<>();
    private final Map<String, EntityKind> kindOf = new HashMap<>();
    private final List<String> periods = new ArrayList<>();
    private final List<String[]> contributions = new ArrayList<>();

    private final Directory directory = new Directory() {
        @Override
        public void plan(String planId, LocalDate periodStart, LocalDate periodEnd) {
            periods.add(planId);
        }

        @Override
        public void entity(String id, EntityKind kind, String planId, String parentId) {
            assertThat(planOf.put(id, planId)).as("registered once: " + id).isNull();
            kindOf.put(id, kind);
            if (parentId != null) {
                assertThat(kindOf.get(parentId)).isEqualTo(EntityKind.GOAL);
            }
        }

        @Override
        public void contribution(String goalId, String targetId) {
            contributions.add(new String[] {goalId, targetId});
        }
    };

    @Test
    void aPlanHasTheShapeOfARealOne() {
        var generator = new PlanGenerator();
        generator.plan(0, events::add, directory);
        generator.plan(1, events::add, directory);
        assertThat(periods).containsExactly("p0", "p1");
        assertThat(events.stream().filter(e -> e.payload() instanceof ActivityPlanned && e.aggregateId().startsWith("p1-")))
                .hasSize(PlanGenerator.ACTIVITIES);
        assertThat(PlanGenerator.eventsPerPlan()).isBetween(2_000, 4_000);
        assertThat(PlanGenerator.plansFor(1_000_000)).isBetween(250, 500);
    }

    @Test
    void everyEventBelongsToARegisteredEntityOfItsPlanInSequence() {
        var generator = new PlanGenerator();
        generator.plan(0, events::add, directory);
        generator.plan(1, events::add, directory);
        generator.cheapPlan(0, events::add, directory);
        Map<String, Long> next = new HashMap<>();
        for (var event : events) {
            assertThat(planOf).containsEntry(event.aggregateId(), event.payload().planId().value());
            assertThat(event.aggregateType()).isEqualTo(switch (kindOf.get(event.aggregateId())) {
                case PLAN -> "PlanAggregate";
                case GOAL -> "GoalAggregate";
                case INDICATOR -> "IndicatorAggregate";
                case ACTIVITY -> "ActivityAggregate";
            });
            assertThat(event.payload().subject().id()).isEqualTo(event.aggregateId());
            assertThat(event.sequence()).isEqualTo(next.merge(event.aggregateId(), 1L, Long::sum) - 1);
        }
        assertThat(contributions).hasSize(1);
        assertThat(contributions.get(0)).containsExactly("p1-g1", "p0-g1");
    }

    @Test
    void rowsAreWhatAxonWritesAndReadBackWithTheLedgersSerializer() {
        new PlanGenerator().plan(3, events::add, Directory.NONE);
        var rows = new EventRows();
        var serializer = EventRows.ledgerSerializer();
        Instant at = Instant.parse("2026-11-01T10:15:30.123Z");
        for (var event : events) {
            var line = new StringBuilder();
            rows.append(event, at, line);
            String[] cells = line.toString().stripTrailing().split("\t", -1);
            assertThat(cells).hasSize(9);
            assertThat(cells[4]).isEqualTo(DateTimeUtils.formatInstant(at));
            assertThat(DateTimeUtils.parseInstant(cells[4])).isEqualTo(at);
            byte[] payload = HexFormat.of().parseHex(cells[7].substring(3));
            LedgerEvent read = serializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class,
                    cells[5], "\\N".equals(cells[6]) ? null : cells[6]));
            assertThat(read).isEqualTo(event.payload());
            assertThat(new String(HexFormat.of().parseHex(cells[8].substring(3)), StandardCharsets.UTF_8))
                    .contains("correlationId");
        }
    }
}
