package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.ledger.events.ActivityStatusChanged;
import se.ledger.events.CommentAdded;
import se.ledger.events.LedgerEvent;
import se.ledger.events.MeasurementRecorded;
import se.ledger.events.PrognosisStated;

/**
 * A report's receipt seals the digest of {@link SealedPlanState}'s form of the plan, and an auditor
 * checks it years later with the ledger of that day. So each form of a plan with every event type is
 * pinned here (src/test/resources/sealed/plan-state-N.json): a change to the read side that changes
 * one (a field renamed, a value written otherwise, a new field that is not left out when empty) would
 * make every receipt sealed in that form fail to verify, and has to be a new form, not an accident.
 */
class SealedPlanStateFormTest {

    private static final Instant STORED = Instant.parse("2022-09-30T08:00:00Z");

    private final ObjectMapper application = PlanRebuild.applicationMapper();
    private final List<LedgerEvent> events = new EveryEventType("golden", SealedPlanStateFormTest::eventId).events();

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void eachFormOfAPlanWithEveryEventTypeIsTheOneItsReceiptsSealed(int form) throws IOException {
        String sealed = sealedForm(form, rebuild -> { });
        try (InputStream pinned = getClass().getResourceAsStream("/sealed/plan-state-" + form + ".json")) {
            assertThat(application.readTree(sealed))
                    .as("form %d changed; receipts sealed in it would no longer verify. Now:%n%s", form, sealed)
                    .isEqualTo(application.readTree(pinned));
        }
    }

    @Test
    void theCurrentFormLeavesOutTheDayItIsAskedOnTheFreeTextsAndTheReadSidesOwnWords() {
        String sealed = sealedForm(SealedPlanState.CURRENT_FORM, rebuild -> { });
        assertThat(sealed).doesNotContain("openingDate", "Två sjukskrivna", "Efter plan", "Ersättare på plats",
                "Bedömning år 1", "statusLabel", "Pågående med avvikelse", "assessmentReason", "prognosisSummary",
                "ingångsvärde saknas").contains(SealedPlanState.TEXT, "\"status\":\"DEVIATING\"",
                "\"assessment\":\"AT_RISK\"");
    }

    /** A text redacted after the report (GDPR) must not turn the report's receipt unverifiable. */
    @Test
    void redactingAnyFreeTextAfterTheReportLeavesTheCurrentFormAsItWas() {
        String before = sealedForm(SealedPlanState.CURRENT_FORM, rebuild -> { });
        String after = sealedForm(SealedPlanState.CURRENT_FORM, rebuild -> {
            for (int i = 0; i < events.size(); i++) {
                String field = freeText(events.get(i));
                if (field != null) {
                    rebuild.redact(eventId(i), field, "[borttaget]");
                }
            }
        });
        assertThat(after).isEqualTo(before);
        // form 1 quoted a judgement's text in its reason: the reason it was replaced by form 2
        assertThat(sealedForm(1, rebuild -> { })).contains("Bedömning år 1");
    }

    @Test
    void aFormThisLedgerDoesNotKnowIsRefusedByName() {
        assertThatThrownBy(() -> sealedForm(SealedPlanState.CURRENT_FORM + 1, rebuild -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("form 3 är okänd");
    }

    private String sealedForm(int form, Consumer<PlanRebuild> redactions) {
        var rebuild = new PlanRebuild(application);
        redactions.accept(rebuild);
        for (int i = 0; i < events.size(); i++) {
            rebuild.add(events.get(i), eventId(i), i + 1, STORED.plusSeconds(i));
        }
        return SealedPlanState.json(rebuild.view("golden", STORED.plus(Duration.ofDays(1)),
                LocalDate.parse("2022-08-31"), LocalDate.parse("2030-01-01")), form);
    }

    /** The free text an event has (FreeTexts in proof), which a redaction may remove; null if it has none. */
    private static String freeText(LedgerEvent event) {
        if (event instanceof CommentAdded c) {
            return c.text() == null ? null : "text";
        } else if (event instanceof ActivityStatusChanged s) {
            return s.explanation() == null ? null : "explanation";
        } else if (event instanceof PrognosisStated p) {
            return p.motivation() == null ? null : "motivation";
        }
        return event instanceof MeasurementRecorded m && m.comment() != null ? "comment" : null;
    }

    private static String eventId(int index) {
        return "golden-e" + index;
    }
}
