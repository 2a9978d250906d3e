package se.ledger.command;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.ledger.events.EntityKind;
import se.ledger.events.PlanId;

/**
 * The rule for contributions (bidrar till) between goals: a goal contributes to goals of OTHER plans
 * whose period overlaps its own plan's, and following contributions never leads back to the goal.
 * Aggregates ask through the {@link Directory}; an importer passes its own lookups.
 */
public final class Contributions {

    public static final String FIELD = "contributesTo";

    /** What the rule needs to know about the goals and plans around the goal. */
    public interface Lookups {
        Optional<PlanId> planOfGoal(String goalId);

        Optional<PlanPeriod> periodOf(PlanId plan);

        /** The goals the given goal contributes to now. */
        List<String> contributionsOf(String goalId);

        static Lookups of(Directory directory) {
            return new Lookups() {
                @Override
                public Optional<PlanId> planOfGoal(String goalId) {
                    return directory.planOf(EntityKind.GOAL, goalId);
                }

                @Override
                public Optional<PlanPeriod> periodOf(PlanId plan) {
                    return directory.periodOf(plan);
                }

                @Override
                public List<String> contributionsOf(String goalId) {
                    return directory.contributionsOf(goalId);
                }
            };
        }
    }

    private Contributions() {
    }

    /** What is wrong with {@code goal} of {@code plan} contributing to {@code targets}; empty when nothing. */
    public static Optional<String> problem(String goal, PlanId plan, List<String> targets, Lookups lookups) {
        var period = lookups.periodOf(plan);
        for (String target : targets) {
            var targetPlan = lookups.planOfGoal(target);
            if (targetPlan.isEmpty()) {
                return Optional.of("målet '" + target + "' finns inte");
            }
            if (targetPlan.get().equals(plan)) {
                return Optional.of("målet '" + target + "' hör till samma plan; ett mål bidrar till mål i andra "
                        + "planer (ett delmål i samma plan anges med parentGoalId)");
            }
            var targetPeriod = lookups.periodOf(targetPlan.get());
            if (period.isPresent() && targetPeriod.isPresent() && !overlap(period.get(), targetPeriod.get())) {
                return Optional.of("planen " + targetPlan.get() + " (" + targetPeriod.get() + ") för målet '" + target
                        + "' överlappar inte planen " + plan + " (" + period.get() + ")");
            }
        }
        return cycle(goal, targets, lookups::contributionsOf);
    }

    /** Whether following contributions from {@code targets} leads back to {@code goal}. */
    static Optional<String> cycle(String goal, List<String> targets, Function<String, List<String>> contributionsOf) {
        var seen = new HashSet<String>();
        var next = new ArrayDeque<>(targets);
        while (!next.isEmpty()) {
            String at = next.pop();
            if (at.equals(goal)) {
                return Optional.of("målet '" + goal + "' bidrar då till sig självt: kedjan av bidrag går runt i "
                        + "en cirkel");
            }
            if (seen.add(at)) {
                next.addAll(contributionsOf.apply(at));
            }
        }
        return Optional.empty();
    }

    /** @throws RuleViolation naming {@link #FIELD} when the contributions break the rule */
    public static void check(String goal, PlanId plan, List<String> targets, Directory directory) {
        problem(goal, plan, targets, Lookups.of(directory)).ifPresent(message -> {
            throw new RuleViolation(FIELD, capitalised(message) + ".");
        });
    }

    private static boolean overlap(PlanPeriod a, PlanPeriod b) {
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
