package se.ledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import se.ledger.events.Baseline;
import se.ledger.events.GoalId;
import se.ledger.events.IndicatorDefined;
import se.ledger.events.IndicatorId;
import se.ledger.events.IndicatorKind;
import se.ledger.events.Judgement;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.PlanId;
import se.ledger.events.YearTarget;

/** Indicator events stored before flows, yearly targets and judgements read as levels and values. */
class MeasureEventsCompatibilityTest {

    private final LedgerSerializer serializer = LedgerSerializer.create(new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), new AnnotationRevisionResolver());

    private <T> T stored(String type, String json) {
        return serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, new SimpleSerializedType(type, "1")));
    }

    @Test
    void anOldIndicatorDefinitionIsALevelWithANumericBaseline() {
        IndicatorDefined old = stored("IndicatorDefined", "{\"indicatorId\":\"i1\",\"goalId\":\"g1\",\"planId\":\"p1\","
                + "\"name\":\"Andel\",\"unit\":\"%\",\"baseline\":{\"value\":62,\"date\":\"2021-12-31\"},"
                + "\"target\":{\"value\":75,\"date\":\"2022-12-31\"},\"effectiveDate\":\"2022-01-01\",\"actor\":\"admin\"}");
        assertThat(old.kind()).isNull();
        assertThat(old.targets()).isNull();
        assertThat(old.baseline()).isEqualTo(new Baseline(new BigDecimal("62"), LocalDate.of(2021, 12, 31)));
    }

    @Test
    void anOldMeasurementIsNoJudgement() {
        MeasurementRecorded old = stored("MeasurementRecorded", "{\"indicatorId\":\"i1\",\"planId\":\"p1\","
                + "\"value\":68.5,\"noNewData\":false,\"effectiveDate\":\"2022-04-30\",\"actor\":\"chef\"}");
        assertThat(old.judgement()).isNull();
        assertThat(old.assessedBy()).isNull();
        assertThat(old.value()).isEqualByComparingTo("68.5");
    }

    @Test
    void theNewFieldsSurviveTheRoundTrip() {
        var flow = new IndicatorDefined(new IndicatorId("i1"), new GoalId("g1"), new PlanId("p1"), "Nya företag", "st",
                new Baseline(null, "Förra årets antal", null), null, null, LocalDate.of(2021, 1, 1), "admin", null,
                IndicatorKind.FLOW, List.of(new YearTarget(2021, new BigDecimal("90"))));
        var judged = new MeasurementRecorded(new IndicatorId("i1"), new PlanId("p1"), null, false, "År 1",
                LocalDate.of(2021, 12, 31), "chef", null, Judgement.AT_RISK, "chef");
        for (Object event : List.of(flow, judged)) {
            assertThat((Object) serializer.deserialize(serializer.serialize(event, byte[].class))).isEqualTo(event);
        }
    }
}
