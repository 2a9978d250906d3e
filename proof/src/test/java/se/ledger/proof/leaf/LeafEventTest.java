package se.ledger.proof.leaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical form an auditor recomputes: independent of key order, spacing and number spelling. */
class LeafEventTest {

    private static final byte[] SALT = "sixteen byte salt".getBytes(StandardCharsets.UTF_8);

    @Test
    void canPutAnEventInRfc8785Form() {
        var event = event("{\"text\":\"Klart\",\"value\":12.50,\"activityId\":\"a1\",\"å\":\"ö\"}", Map.of());
        assertThat(new String(event.canonicalBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"entityId\":\"a1\",\"entityKind\":\"ACTIVITY\",\"eventId\":\"e1\",\"payload\":{\"activityId\":\"a1\","
                + "\"text\":\"Klart\",\"value\":12.5,\"å\":\"ö\"},\"recordedAt\":\"2022-03-31T10:15:00.123Z\","
                + "\"revision\":\"1\",\"sequence\":3,\"type\":\"CommentAdded\"}");
    }

    @Test
    void canHashTheSameEventWrittenDifferently() {
        var compact = event("{\"a\":1,\"b\":\"x\"}", Map.of());
        var spaced = event("{ \"b\" : \"x\",\n \"a\" : 1.0 }", Map.of());
        assertThat(spaced.leafHash()).isEqualTo(compact.leafHash());
    }

    @Test
    void canRedactACommittedTextWithoutChangingTheLeaf() {
        var commitment = TextCommitment.of(SALT, "Eleven Anna S. på Skolgatan");
        var kept = event("{\"text\":\"Eleven Anna S. på Skolgatan\",\"activityId\":\"a1\"}", Map.of("text", commitment));
        var redacted = event("{\"text\":null,\"activityId\":\"a1\"}", Map.of("text", commitment));
        assertThat(redacted.leafHash()).isEqualTo(kept.leafHash());
        assertThat(new String(kept.canonicalBytes(), StandardCharsets.UTF_8)).doesNotContain("Anna");
        assertThat(commitment.matches(SALT, "Eleven Anna S. på Skolgatan")).isTrue();
        assertThat(commitment.matches(SALT, "Eleven Anna T. på Skolgatan")).isFalse();
    }

    @Test
    void cannotKeepTheLeafWhenAnyFieldChanges() {
        var original = event("{\"text\":\"Klart\"}", Map.of());
        assertThat(event("{\"text\":\"Klart!\"}", Map.of()).leafHash()).isNotEqualTo(original.leafHash());
        var resequenced = new LeafEvent("e1", "ACTIVITY", "a1", 4, "CommentAdded", "1", "2022-03-31T10:15:00.123Z",
                "{\"text\":\"Klart\"}", Map.of());
        assertThat(resequenced.leafHash()).isNotEqualTo(original.leafHash());
    }

    private static LeafEvent event(String payload, Map<String, TextCommitment> texts) {
        return new LeafEvent("e1", "ACTIVITY", "a1", 3, "CommentAdded", "1", "2022-03-31T10:15:00.123Z", payload, texts);
    }
}
