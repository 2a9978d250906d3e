package se.ledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import se.ledger.events.ActivityId;
import se.ledger.events.ActivityStatus;
import se.ledger.events.ActivityStatusChanged;
import se.ledger.events.Correction;
import se.ledger.events.EntityRef;
import se.ledger.events.GoalId;
import se.ledger.events.IndicatorId;
import se.ledger.events.LedgerEvent;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.MonthMark;
import se.ledger.events.MonthReported;
import se.ledger.events.PlanId;

class LedgerSerializerTest {

    private final LedgerSerializer serializer = LedgerSerializer.create(new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), new AnnotationRevisionResolver());

    @Test
    void everyEventOfTheContractIsCatalogued() {
        var catalogue = EventCatalogue.classesByName();
        assertThat(catalogue).hasSize(20);
        catalogue.forEach((name, type) -> {
            assertThat(LedgerEvent.class).isAssignableFrom(type);
            assertThat(type.getAnnotation(JsonTypeName.class).value()).isEqualTo(name);
        });
    }

    @Test
    void eventsAreStoredUnderTheirStableNameNotTheirClassName() {
        var stored = serializer.serialize(statusChanged(), byte[].class);
        assertThat(stored.getType().getName()).isEqualTo("ActivityStatusChanged");
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).doesNotContain("se.ledger");
    }

    @Test
    void anEventStoredLongAgoStillReadsWhereverItsClassNowLives() {
        // As written by an earlier build; the type name is all that ties it to a class.
        String json = "{\"activityId\":\"a1\",\"planId\":\"p1\",\"status\":\"DEVIATING\","
                + "\"explanation\":\"Försenad\",\"effectiveDate\":\"2022-08-31\",\"actor\":\"chef\","
                + "\"someFieldAddedLater\":true}";
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, new SimpleSerializedType("ActivityStatusChanged", "1"));
        ActivityStatusChanged event = serializer.deserialize(stored);
        assertThat(event.status()).isEqualTo(ActivityStatus.DEVIATING);
        assertThat(event.explanation()).isEqualTo("Försenad");
        assertThat(event.effectiveDate()).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(event.correction()).isNull();
    }

    @Test
    void aDecisionStoredBeforeReportsApprovesNone() {
        String json = "{\"planId\":\"p1\",\"decision\":{\"body\":\"KS\",\"date\":\"2022-09-26\","
                + "\"paragraph\":\"91\"},\"effectiveDate\":\"2022-09-26\",\"actor\":\"admin\"}";
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, new SimpleSerializedType("DecisionRecorded", "1"));
        se.ledger.events.DecisionRecorded event = serializer.deserialize(stored);
        assertThat(event.decision().paragraph()).isEqualTo("91");
        assertThat(event.approvesReport()).isNull();
    }

    @Test
    void eventsSurviveTheRoundTrip() {
        List<LedgerEvent> samples = List.of(statusChanged(),
                new MonthReported(EntityRef.goal(new GoalId("g1")), new PlanId("p1"), YearMonth.of(2022, 3),
                        MonthMark.RISING, LocalDate.of(2022, 3, 31), "import:plan.tsv", null),
                new MeasurementRecorded(new IndicatorId("i1"), new PlanId("p1"), new BigDecimal("68.50"), false,
                        "Ny mätning", LocalDate.of(2022, 4, 30), "chef", new Correction("e1", "Fel värde")));
        for (LedgerEvent event : samples) {
            var stored = serializer.serialize(event, byte[].class);
            assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
        }
    }

    @Test
    void otherMessagesKeepAxonsNaming() {
        assertThat(serializer.typeForClass(String.class).getName()).isEqualTo("java.lang.String");
    }

    private static ActivityStatusChanged statusChanged() {
        return new ActivityStatusChanged(new ActivityId("a1"), new PlanId("p1"), ActivityStatus.DEVIATING,
                "Konsulten sade upp avtalet", LocalDate.of(2022, 8, 31), "chef", null);
    }
}
