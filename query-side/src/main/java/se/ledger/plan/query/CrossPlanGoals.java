package se.ledger.plan.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ledger.events.Prognosis;
import se.ledger.plan.query.PlanViews.ContributionView;
import se.ledger.plan.query.PlanViews.GoalLink;

/**
 * Goals of other plans at one (asOf, validAt): those a goal contributes to (bidrar till), and those
 * that contribute to it with their own computed prognosis. One per question; each other plan is
 * read and assembled once.
 */
final class CrossPlanGoals {

    private final OtherPlanFacts facts;
    private final LocalDate validAt;
    private final Map<String, PlanAssembler> plans = new HashMap<>();
    private final Set<String> computing = new HashSet<>();
    private final Map<String, PlanFact> linked = new HashMap<>();
    private Map<String, List<PlanFact>> contributors;

    CrossPlanGoals(PlanReads reads, Instant asOf, LocalDate validAt) {
        this(OtherPlanFacts.at(reads, asOf), validAt);
    }

    CrossPlanGoals(OtherPlanFacts facts, LocalDate validAt) {
        this.facts = facts;
        this.validAt = validAt;
    }

    /**
     * Reads at once, not goal by goal nor plan by plan, what a plan's goals will ask: the goals
     * they link to, and the plans of the goals contributing to them. A linked goal's own definition
     * says all a link shows, so its plan is not read.
     */
    void prepare(Collection<String> goals, Collection<String> linkedGoals) {
        linksOf(linkedGoals);
        var planIds = new LinkedHashSet<String>();
        goals.forEach(goal -> contributors().getOrDefault(goal, List.of()).forEach(f -> planIds.add(f.planId())));
        planIds.removeAll(plans.keySet());
        if (!planIds.isEmpty()) {
            facts.read(planIds, validAt);
        }
    }

    private void linksOf(Collection<String> goalIds) {
        var missing = goalIds.stream().filter(id -> !linked.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            missing.forEach(id -> linked.put(id, null));
            facts.goalDefinitions(missing, validAt).forEach(f -> linked.put(f.fact().entityId(), f));
        }
    }

    /**
     * The goals named, as they stand on validAt; a goal not (or no longer) in its plan is left out:
     * its definition valid on validAt and not past its last day, as Snapshot keeps a plan's goals.
     */
    List<GoalLink> links(List<String> goalIds) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        linksOf(goalIds);
        var links = new ArrayList<GoalLink>();
        for (String id : goalIds) {
            var fact = linked.get(id);
            var definition = fact == null ? null : FactValues.read(fact.fact(), FactValues.GoalDefinition.class);
            if (definition != null && !definition.endedBy(validAt)) {
                links.add(new GoalLink(id, fact.planId(), definition.title()));
            }
        }
        return links;
    }

    /** The goals of other plans contributing to the goal, each with its computed prognosis. */
    List<ContributionView> contributionsTo(String goalId) {
        var views = new ArrayList<ContributionView>();
        for (PlanFact contributor : contributors().getOrDefault(goalId, List.of())) {
            String id = contributor.fact().entityId();
            var plan = assembler(contributor.planId());
            if (!plan.snapshot().goals.containsKey(id) || !computing.add(id)) {
                continue; // ended, or already being computed further down a chain
            }
            try {
                views.add(new ContributionView(id, contributor.planId(), plan.goalDefinition(id).title(),
                        prognosis(plan, id)));
            } finally {
                computing.remove(id);
            }
        }
        return views;
    }

    private static Prognosis prognosis(PlanAssembler plan, String goalId) {
        return plan.computed(goalId).prognosis();
    }

    private Map<String, List<PlanFact>> contributors() {
        if (contributors == null) {
            contributors = new HashMap<>();
            for (PlanFact fact : facts.contributingGoals(validAt)) {
                var definition = FactValues.read(fact.fact(), FactValues.GoalDefinition.class);
                for (String target : definition.contributesTo()) {
                    contributors.computeIfAbsent(target, k -> new ArrayList<>()).add(fact);
                }
            }
        }
        return contributors;
    }

    private PlanAssembler assembler(String planId) {
        return plans.computeIfAbsent(planId, id -> new PlanAssembler(
                Snapshot.of(facts.plan(id, validAt), validAt), Map.of(), this));
    }
}
