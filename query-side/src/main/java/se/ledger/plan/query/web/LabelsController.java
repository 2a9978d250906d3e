package se.ledger.plan.query.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.events.ActivityStatus;
import se.ledger.events.EntityKind;
import se.ledger.events.IndicatorKind;
import se.ledger.events.MeasurementSource;
import se.ledger.events.MonthMark;
import se.ledger.events.PlanLevel;
import se.ledger.events.Prognosis;
import se.ledger.events.TargetDirection;
import se.ledger.platform.Roles;
import se.ledger.platform.Vocabulary;

/**
 * The words for the codes the other answers carry (statuses, prognoses, marks …), from the same
 * bundle the server's own messages use, so the pages keep no tables of their own. Codes in the
 * order of their enum: the pages count and list them in that order; the audit trail's fields in the order the
 * trail shows them (the bundle's); assessments and goal texts by code, as they always came.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize(Roles.READER)
class LabelsController {

    record Mark(String symbol, String label) {
    }

    record Month(String name, String shortName) {
    }

    record Labels(Map<String, String> activityStatus, Map<String, String> prognosis, Map<String, Mark> monthMark,
            Map<String, String> targetDirection, Map<String, String> entityKind, Map<String, String> assessment,
            List<Month> months, Map<String, String> planLevel, Map<String, String> goalText,
            Map<String, String> measurementSource, Map<String, String> eventType, Map<String, String> eventField,
            Map<String, String> indicatorKind) {
    }

    private static final Labels LABELS = new Labels(byCode(ActivityStatus.values(), Vocabulary::label),
            byCode(Prognosis.values(), Vocabulary::label),
            byCode(MonthMark.values(), m -> new Mark(Vocabulary.symbol(m), Vocabulary.label(m))),
            byCode(TargetDirection.values(), Vocabulary::label), byCode(EntityKind.values(), Vocabulary::label),
            new TreeMap<>(Vocabulary.words("Assessment")),
            IntStream.rangeClosed(1, 12).mapToObj(m -> new Month(Vocabulary.month(m, false), Vocabulary.month(m, true)))
                    .toList(), byCode(PlanLevel.values(), Vocabulary::label),
            new TreeMap<>(Vocabulary.words("GoalText")), byCode(MeasurementSource.values(), Vocabulary::label),
            Vocabulary.words("EventType"), Vocabulary.words("EventField"),
            byCode(IndicatorKind.values(), Vocabulary::label));

    @GetMapping("/labels")
    Labels labels() {
        return LABELS;
    }

    private static <E extends Enum<E>, V> Map<String, V> byCode(E[] codes, Function<E, V> word) {
        var words = new LinkedHashMap<String, V>();
        for (E code : codes) {
            words.put(code.name(), word.apply(code));
        }
        return words;
    }
}
