package se.ledger.plan.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where CrossPlanGoals reads other plans from: at one date (a plan view), or for a whole range read
 * once and cut per date in memory (the history grid: one lookup per plan for the year, not twelve).
 */
interface OtherPlanFacts {

    List<PlanFact> goalDefinitions(List<String> goalIds, LocalDate validAt);

    List<PlanFact> contributingGoals(LocalDate validAt);

    /** The plan's facts; those not valid on validAt are left for Snapshot.of to drop. */
    List<FactRow> plan(String planId, LocalDate validAt);

    /** Reads the plans not read yet in one statement, so that plan() finds them. */
    void read(Collection<String> planIds, LocalDate validAt);

    static OtherPlanFacts at(PlanReads reads, Instant asOf) {
        var plans = new HashMap<String, List<FactRow>>();
        return new OtherPlanFacts() {
            public List<PlanFact> goalDefinitions(List<String> goalIds, LocalDate validAt) {
                return reads.goalDefinitions(goalIds, asOf, validAt);
            }

            public List<PlanFact> contributingGoals(LocalDate validAt) {
                return reads.contributingGoals(asOf, validAt);
            }

            public List<FactRow> plan(String planId, LocalDate validAt) {
                return plans.computeIfAbsent(planId, id -> reads.at(id, asOf, validAt, PlanFacts.Shown.ASSESSED));
            }

            public void read(Collection<String> planIds, LocalDate validAt) {
                readMissing(plans, planIds, ids -> reads.plans(ids, asOf, validAt, validAt));
            }
        };
    }

    /** Every date asked about must lie in [from, to]; known holds plans already read for the range. */
    static OtherPlanFacts during(PlanFacts facts, int generation, Instant asOf, LocalDate from, LocalDate to,
            Map<String, List<FactRow>> known) {
        var plans = new HashMap<>(known);
        return new OtherPlanFacts() {
            private List<PlanFact> contributing;

            public List<PlanFact> goalDefinitions(List<String> goalIds, LocalDate validAt) {
                return facts.goalDefinitions(generation, goalIds, asOf, validAt);
            }

            public List<PlanFact> contributingGoals(LocalDate validAt) {
                if (contributing == null) {
                    contributing = facts.contributingGoals(generation, asOf, from, to);
                }
                return contributing.stream().filter(f -> f.fact().validAt(validAt)).toList();
            }

            public List<FactRow> plan(String planId, LocalDate validAt) {
                return plans.computeIfAbsent(planId, id -> facts.during(generation, id, asOf, from, to,
                        PlanFacts.Shown.ASSESSED));
            }

            public void read(Collection<String> planIds, LocalDate validAt) {
                readMissing(plans, planIds, ids -> facts.plans(generation, ids, asOf, from, to));
            }
        };
    }

    private static void readMissing(Map<String, List<FactRow>> plans, Collection<String> planIds,
            Function<List<String>, Map<String, List<FactRow>>> read) {
        var missing = planIds.stream().filter(id -> !plans.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            plans.putAll(read.apply(missing));
        }
    }
}
