package se.ledger.plan.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ledger.plan.query.PlanFacts.Shown;
import se.ledger.plan.query.PlanViews.SeriesPoint;

/**
 * What a plan view reads of the projection, storage aside: the ledger reads it from PostgreSQL
 * ({@link PlanFacts#reads}), an offline verifier from the events of a proof bundle folded in memory
 * ({@link MemoryFacts}). Each answer means what PlanFacts' statement of the same name selects.
 */
interface PlanReads {

    Optional<FactValues.PlanDefinition> planDefinition(String plan, Instant asOf);

    List<FactRow> at(String plan, Instant asOf, LocalDate validAt, Shown shown);

    Map<String, List<SeriesPoint>> series(String plan, Instant asOf, LocalDate validAt);

    List<PlanFact> goalDefinitions(List<String> goalIds, Instant asOf, LocalDate validAt);

    List<PlanFact> contributingGoals(Instant asOf, LocalDate validAt);

    Map<String, List<FactRow>> plans(Collection<String> plans, Instant asOf, LocalDate from, LocalDate to);

    Optional<LocalDate> latestReportDate(String plan, Instant asOf);
}
