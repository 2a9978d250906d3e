package se.ledger.proof.leaf;

import java.util.List;
import java.util.Map;

/**
 * The payload fields where people write prose that may name a person (a comment about a pupil, a
 * deviation explained by a colleague's illness): the leaf commits to them by salted hash, so they
 * can be redacted later. Names, titles and ambitions are plan content decided in public: hashed as is.
 */
public final class FreeTexts {

    private static final Map<String, List<String>> FIELDS = Map.of(
            "CommentAdded", List.of("text"),
            "ActivityStatusChanged", List.of("explanation"),
            "PrognosisStated", List.of("motivation"),
            "MeasurementRecorded", List.of("comment"));

    private FreeTexts() {
    }

    public static List<String> of(String eventType) {
        return FIELDS.getOrDefault(eventType, List.of());
    }
}
