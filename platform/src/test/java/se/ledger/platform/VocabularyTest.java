package se.ledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.ledger.events.ActivityStatus;
import se.ledger.events.EntityKind;
import se.ledger.events.MeasurementSource;
import se.ledger.events.MonthMark;
import se.ledger.events.PlanLevel;
import se.ledger.events.Prognosis;
import se.ledger.events.TargetDirection;

/** Every code of the event contract has its words, read as UTF-8, the same words as before the move. */
class VocabularyTest {

    @Test
    void everyCodeHasALabel() {
        Stream.of(ActivityStatus.values(), Prognosis.values(), MonthMark.values(), TargetDirection.values(),
                        EntityKind.values(), PlanLevel.values(), MeasurementSource.values())
                .flatMap(Stream::of)
                .forEach(code -> assertThat(Vocabulary.label(code)).as(code.toString()).isNotBlank());
        for (EntityKind kind : EntityKind.values()) {
            assertThat(Vocabulary.definite(kind)).isNotBlank();
            assertThat(Vocabulary.indefinite(kind)).isNotBlank();
        }
        for (int month = 1; month <= 12; month++) {
            assertThat(Vocabulary.month(month, false)).isNotBlank();
            assertThat(Vocabulary.month(month, true)).isNotBlank();
        }
    }

    @Test
    void everyEventOfTheCatalogueHasItsNameInTheAuditTrail() {
        var types = Vocabulary.words("EventType");
        assertThat(EventCatalogue.classesByName()).isNotEmpty().allSatisfy((name, type) ->
                assertThat(types).as("EventType." + name + " in " + Vocabulary.BUNDLE).containsKey(name));
        assertThat(EventCatalogue.classesByName()).as("no word for an event that does not exist")
                .containsOnlyKeys(types.keySet());
    }

    @Test
    void theAuditTrailsWordsAreTheOnesThePagesHadAndComeInTheTrailsOrder() {
        assertThat(Vocabulary.words("EventType")).containsEntry("ActivityStatusChanged", "Status rapporterad")
                .containsEntry("MeasurementRecorded", "Utfall registrerat").containsEntry("TextRedacted", "Text maskerad");
        assertThat(Vocabulary.words("EventField").keySet()).startsWith("title", "name", "organisation", "periodStart")
                .endsWith("reportDate", "issuedAt");
        assertThat(Vocabulary.words("EventField")).containsEntry("notMetShare", "Andel aktiviteter med risk (gräns)")
                .containsEntry("desiredState", "Önskat läge");
    }

    @Test
    void theWordsAreTheOnesTheEventsCarriedBefore() {
        assertThat(Vocabulary.label(ActivityStatus.NOT_STARTED)).isEqualTo("Ej påbörjad");
        assertThat(Vocabulary.label(ActivityStatus.COMPLETED_WITH_DEVIATION)).isEqualTo("Avslutad med avvikelse");
        assertThat(Vocabulary.label(Prognosis.PARTLY_MET)).isEqualTo("Uppfylls delvis");
        assertThat(Vocabulary.label(Prognosis.NOT_ASSESSABLE)).isEqualTo("Kan inte bedömas");
        assertThat(Vocabulary.label(MonthMark.RISING)).isEqualTo("Pågår, stigande trend");
        assertThat(Vocabulary.symbol(MonthMark.AS_PLANNED)).isEqualTo("⇒");
        assertThat(Vocabulary.symbol(MonthMark.FALLING)).isEqualTo("↓");
        assertThat(Vocabulary.label(TargetDirection.INCREASE)).isEqualTo("Ökning");
        assertThat(Vocabulary.definite(EntityKind.GOAL)).isEqualTo("Målet");
        assertThat(Vocabulary.indefinite(EntityKind.INDICATOR)).isEqualTo("ett nyckeltal");
        assertThat(Vocabulary.month(5, true)).isEqualTo("Maj");
    }
}
