package se.ledger.proof.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ledger.platform.EventCatalogue;
import se.ledger.proof.leaf.FreeTexts;

/** The free texts the leaves commit to by salted hash name real events and real text fields. */
class FreeTextsTest {

    private static final Map<String, String> EXPECTED = Map.of("CommentAdded", "text",
            "ActivityStatusChanged", "explanation", "PrognosisStated", "motivation", "MeasurementRecorded", "comment");

    @Test
    void canFindEveryFreeTextFieldInTheEventCatalogue() {
        var catalogue = EventCatalogue.classesByName();
        EXPECTED.forEach((type, field) -> {
            assertThat(FreeTexts.of(type)).as(type).containsExactly(field);
            var event = catalogue.get(type);
            assertThat(event).as(type).isNotNull();
            assertThat(Arrays.stream(event.getRecordComponents())
                    .filter(c -> c.getName().equals(field)).map(c -> (Object) c.getType()))
                    .as(type + "." + field).containsExactly(String.class);
        });
        assertThat(FreeTexts.of("PlanRegistered")).isEmpty();
    }
}
