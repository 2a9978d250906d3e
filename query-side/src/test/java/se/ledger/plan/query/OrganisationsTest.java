package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.events.PlanLevel;
import se.ledger.plan.query.PlanViews.OrganisationView;
import se.ledger.plan.query.PlanViews.PlanSummary;

class OrganisationsTest {

    private static PlanSummary plan(String id, String organisation, int from, int to, PlanLevel level) {
        return new PlanSummary(id, "Plan " + id, organisation, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), level);
    }

    @Test
    void plansAreGroupedByOrganisationInSwedishOrderThenByPeriod() {
        var groups = Organisations.of(List.of(
                plan("ks2020", "Kommunstyrelsen", 2020, 2020, PlanLevel.BOARD),
                plan("ovn", "Överförmyndarnämnden", 2019, 2019, PlanLevel.BOARD),
                plan("kf", "Kommunfullmäktige", 2015, 2019, PlanLevel.COUNCIL),
                plan("ks2019", "Kommunstyrelsen", 2019, 2019, PlanLevel.BOARD),
                plan("ab", "Arbetsmarknadsenheten", 2019, 2019, PlanLevel.UNIT)));
        assertThat(groups).extracting(OrganisationView::organisation)
                .containsExactly("Arbetsmarknadsenheten", "Kommunfullmäktige", "Kommunstyrelsen", "Överförmyndarnämnden");
        assertThat(groups.get(2).plans()).extracting(PlanSummary::id).containsExactly("ks2019", "ks2020");
    }
}
