package se.ledger.plan.query;

import java.time.Instant;
import java.time.LocalDate;
import se.ledger.events.PlanLevel;
import se.ledger.plan.query.PlanFacts.Shown;
import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.platform.NotFound;

/** The plan answer (GET /api/plans/{id}) from whatever holds the facts: the database, or a bundle's events. */
final class PlanViewing {

    private PlanViewing() {
    }

    /** @param today what the opening date is measured against (it alone depends on the day the view is asked for) */
    static PlanView view(PlanReads reads, String planId, Instant asOf, LocalDate validAt, LocalDate today) {
        var definition = reads.planDefinition(planId, asOf).orElseThrow(() -> new NotFound("Planen", planId));
        var snapshot = Snapshot.of(reads.at(planId, asOf, validAt, Shown.NO_MARKS), validAt);
        var assembler = new PlanAssembler(snapshot, reads.series(planId, asOf, validAt),
                new CrossPlanGoals(reads, asOf, validAt));
        return new PlanView(planId, definition.title(), definition.organisation(), definition.periodStart(),
                definition.periodEnd(), asOf, validAt, snapshot.adoptedBy(), assembler.goalTree(),
                PlanLevel.orDefault(definition.level()), assembler.rule(),
                openingDate(reads, planId, definition, asOf, today));
    }

    /**
     * Where the pages open a plan when no date is chosen (docs/reports-and-audit.md): today (null)
     * while its period runs, else its latest report date, else the end of its period.
     */
    private static LocalDate openingDate(PlanReads reads, String planId, FactValues.PlanDefinition plan, Instant asOf,
            LocalDate today) {
        if (plan.periodEnd() == null || !plan.periodEnd().isBefore(today)) {
            return null;
        }
        return reads.latestReportDate(planId, asOf).orElse(plan.periodEnd());
    }
}
