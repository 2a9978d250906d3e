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
import se.ledger.events.DecisionRef;
import se.ledger.events.GoalId;
import se.ledger.events.IndicatorDefined;
import se.ledger.events.IndicatorId;
import se.ledger.events.IndicatorKind;
import se.ledger.events.IndicatorRevised;
import se.ledger.events.Judgement;
import se.ledger.events.KoladaRef;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.MeasurementSource;
import se.ledger.events.PlanId;
import se.ledger.events.Target;
import se.ledger.events.TargetDirection;
import se.ledger.events.YearTarget;
import se.ledger.events.YearTarget;

/**
 * Indicator events stored before flows, yearly targets and judgements read as levels and values, and
 * those stored before the Kolada import as unconnected indicators and values typed in.
 */
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

    @Test
    void oldEventsHaveNoKoladaConnectionNorSource() {
        IndicatorDefined defined = stored("IndicatorDefined", "{\"indicatorId\":\"i1\",\"goalId\":\"g1\","
                + "\"planId\":\"p1\",\"name\":\"Andel\",\"unit\":\"%\",\"target\":{\"direction\":\"INCREASE\"},"
                + "\"effectiveDate\":\"2022-01-01\",\"actor\":\"admin\",\"kind\":\"LEVEL\"}");
        IndicatorRevised revised = stored("IndicatorRevised", "{\"indicatorId\":\"i1\",\"planId\":\"p1\","
                + "\"validTo\":\"2022-06-30\","
                + "\"decision\":{\"body\":\"KS\",\"date\":\"2022-03-14\",\"paragraph\":\"30\"},"
                + "\"reason\":\"Ersätts\",\"effectiveDate\":\"2022-03-14\",\"actor\":\"admin\"}");
        MeasurementRecorded measured = stored("MeasurementRecorded", "{\"indicatorId\":\"i1\",\"planId\":\"p1\","
                + "\"value\":68.5,\"noNewData\":false,\"effectiveDate\":\"2022-04-30\",\"actor\":\"chef\"}");
        assertThat(defined.kolada()).isNull();
        assertThat(revised.kolada()).isNull();
        assertThat(revised.validTo()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(measured.source()).isNull();
        assertThat(measured.kolada()).isNull();
    }

    @Test
    void theKoladaFieldsSurviveTheRoundTrip() {
        var kolada = new KoladaRef("N00945", "0665");
        var defined = new IndicatorDefined(new IndicatorId("i1"), new GoalId("g1"), new PlanId("p1"), "Andel", "st",
                null, new Target(null, TargetDirection.INCREASE, null, null), "Kolada", LocalDate.of(2022, 1, 1),
                "admin", null, null, null, kolada);
        var revised = new IndicatorRevised(new IndicatorId("i1"), new PlanId("p1"), null, null,
                new DecisionRef(null, "KS", LocalDate.of(2022, 3, 14), "31", null), "Hämtas ur Kolada",
                LocalDate.of(2022, 3, 14), "admin", null, kolada);
        var fetched = new MeasurementRecorded(new IndicatorId("i1"), new PlanId("p1"), new BigDecimal("12.1"), false,
                null, LocalDate.of(2022, 12, 31), "kolada", null, null, null, MeasurementSource.KOLADA, kolada);
        for (Object event : List.of(defined, revised, fetched)) {
            assertThat((Object) serializer.deserialize(serializer.serialize(event, byte[].class))).isEqualTo(event);
        }
    }
}
