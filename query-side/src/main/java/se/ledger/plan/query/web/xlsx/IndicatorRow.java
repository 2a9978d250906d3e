package se.ledger.plan.query.web.xlsx;

import static se.ledger.plan.query.web.xlsx.PlanSheet.cells;

import java.util.Map;
import java.util.stream.Collectors;
import se.ledger.events.Baseline;
import se.ledger.events.Target;
import se.ledger.plan.query.PlanViews.IndicatorView;
import se.ledger.platform.Vocabulary;

/** A NYCKELTAL row: the baseline as a value or words, and the target as one of its four forms. */
final class IndicatorRow {

    private IndicatorRow() {
    }

    static Map<String, Object> of(String goalId, IndicatorView i, EventTrail facts) {
        String ends = i.validTo() == null ? null
                : facts.endDecision("IndicatorRevised", "indicatorId", i.id(), i.validTo()).orElse(null);
        Map<String, Object> row = cells("typ", "NYCKELTAL", "id", i.id(), "titel", i.name(), "mål", goalId,
                "måttslag", i.kind() == null ? null : Vocabulary.label(i.kind()), "enhet", i.unit(), "källa",
                i.source(), "gäller till", ends == null ? null : i.validTo(), "beslut", ends);
        Baseline baseline = facts.definedBaseline(i.id()).orElse(i.baseline());
        if (baseline != null) {
            row.putAll(cells("ingångsvärde", baseline.value(), "ingångsbeskrivning", baseline.text(),
                    "ingångsdatum", baseline.date()));
        }
        if (i.targets() != null && !i.targets().isEmpty()) {
            row.put("målvärden per år", i.targets().stream().map(t -> t.year() + ": " + t.value().toPlainString())
                    .collect(Collectors.joining(" | ")));
        } else if (i.target() != null) {
            Target t = i.target();
            row.putAll(cells("målvärde", t.value(), "riktning", t.direction() == null ? null
                    : Vocabulary.label(t.direction()), "målbeskrivning", t.text(), "måldatum", t.date()));
        }
        return row;
    }
}
