package se.ledger.plan.query;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import se.ledger.plan.query.PlanViews.OrganisationView;
import se.ledger.plan.query.PlanViews.PlanSummary;

/** Plans grouped as a municipality reads them: by organisation unit, then by period. */
final class Organisations {

    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    /** Organisation (Swedish alphabetical order), then the period, latest last, then the title. */
    static final Comparator<PlanSummary> ORDER = Comparator
            .comparing((PlanSummary p) -> p.organisation() == null ? "" : p.organisation(), SWEDISH::compare)
            .thenComparing(PlanSummary::periodStart)
            .thenComparing(PlanSummary::periodEnd)
            .thenComparing(p -> p.title() == null ? "" : p.title(), SWEDISH::compare);

    private Organisations() {
    }

    /** The organisations of the plans, in plan order, each with its plans. */
    static List<OrganisationView> of(List<PlanSummary> plans) {
        var grouped = new LinkedHashMap<String, List<PlanSummary>>();
        plans.stream().sorted(ORDER)
                .forEach(p -> grouped.computeIfAbsent(p.organisation(), k -> new ArrayList<>()).add(p));
        return grouped.entrySet().stream().map(e -> new OrganisationView(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }
}
