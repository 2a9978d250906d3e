package se.ledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import se.ledger.events.DecisionRef;
import se.ledger.events.GoalDefined;
import se.ledger.events.GoalId;
import se.ledger.events.GoalRevised;
import se.ledger.events.PlanId;
import se.ledger.events.PlanLevel;
import se.ledger.events.PlanRegistered;

/** Levels, contributions, goal texts and validity: new optional fields, old payloads read as before. */
class PlanAndGoalEventsTest {

    private final LedgerSerializer serializer = LedgerSerializer.create(new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS), new AnnotationRevisionResolver());

    private <T> T stored(String type, String json) {
        return serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(type, "1")));
    }

    @Test
    void eventsStoredBeforeLevelsAndContributionsReadWithNone() {
        PlanRegistered plan = stored("PlanRegistered", "{\"planId\":\"p1\",\"organisation\":\"KS\",\"title\":\"VP\","
                + "\"periodStart\":\"2022-01-01\",\"periodEnd\":\"2022-12-31\",\"effectiveDate\":\"2022-01-01\","
                + "\"actor\":\"admin\"}");
        assertThat(plan.level()).isNull();
        assertThat(PlanLevel.orDefault(plan.level())).isEqualTo(PlanLevel.BOARD);
        GoalDefined goal = stored("GoalDefined", "{\"goalId\":\"g1\",\"planId\":\"p1\",\"title\":\"Mål\","
                + "\"direction\":false,\"sdgs\":[],\"desiredEffects\":[],\"effectiveDate\":\"2022-01-01\","
                + "\"actor\":\"admin\"}");
        assertThat(List.of(goal.title(), goal.direction())).containsExactly("Mål", false);
        assertThat(goal.contributesTo()).isNull();
        assertThat(goal.strategies()).isNull();
        GoalRevised revision = stored("GoalRevised", "{\"goalId\":\"g1\",\"planId\":\"p1\",\"ambition\":\"Mer\","
                + "\"reason\":\"x\",\"effectiveDate\":\"2022-03-01\",\"actor\":\"admin\"}");
        assertThat(revision.validTo()).isNull();
        assertThat(revision.contributesTo()).isNull();
    }

    @Test
    void theNewFieldsSurviveTheRoundTrip() {
        var revision = new GoalRevised(new GoalId("g1"), new PlanId("p1"), null, null,
                new DecisionRef(null, "KS", LocalDate.of(2020, 2, 5), "12", null), "Budget 2020",
                LocalDate.of(2020, 1, 1), "admin", null, List.of(new GoalId("kf1")), LocalDate.of(2020, 12, 31),
                "Syfte", List.of("Strategi"), List.of("Risk"));
        var plan = new PlanRegistered(new PlanId("kf"), "Kommunfullmäktige", "KF mål", LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 12, 31), LocalDate.of(2020, 1, 1), "admin", null, PlanLevel.COUNCIL);
        assertThat((Object) serializer.deserialize(serializer.serialize(revision, byte[].class))).isEqualTo(revision);
        assertThat((Object) serializer.deserialize(serializer.serialize(plan, byte[].class))).isEqualTo(plan);
    }
}
