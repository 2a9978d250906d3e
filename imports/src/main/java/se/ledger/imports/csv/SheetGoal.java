package se.ledger.imports.csv;

import java.util.List;

/**
 * A MÅL row.
 *
 * @param parentGoalId   null for a top goal
 * @param area           målområde, null when empty
 * @param directionGoal  inriktningsmål: a goal with no measurable ambition
 * @param sdgs           Agenda 2030 goals 1–17, in the order written
 * @param contributesTo  bidrar till: goals of other plans, in this file or in the ledger
 * @param purpose        syfte, null when empty
 * @param validity       gäller till with its beslut, null when the goal has no end
 * @param ambition       ambitionsnivå, null when empty
 */
public record SheetGoal(String id, String planId, String parentGoalId, String title, String area,
        boolean directionGoal, List<String> desiredEffects, List<Integer> sdgs, int sourceLine,
        List<String> contributesTo, String purpose, List<String> strategies, List<String> risks,
        SheetValidity validity, String ambition) {

    public SheetGoal {
        desiredEffects = List.copyOf(desiredEffects);
        sdgs = List.copyOf(sdgs);
        contributesTo = List.copyOf(contributesTo);
        strategies = List.copyOf(strategies);
        risks = List.copyOf(risks);
    }

    /** A goal without an ambitionsnivå. */
    public SheetGoal(String id, String planId, String parentGoalId, String title, String area,
            boolean directionGoal, List<String> desiredEffects, List<Integer> sdgs, int sourceLine,
            List<String> contributesTo, String purpose, List<String> strategies, List<String> risks,
            SheetValidity validity) {
        this(id, planId, parentGoalId, title, area, directionGoal, desiredEffects, sdgs, sourceLine, contributesTo,
                purpose, strategies, risks, validity, null);
    }

    /** A goal without contributions, texts or end. */
    public SheetGoal(String id, String planId, String parentGoalId, String title, String area,
            boolean directionGoal, List<String> desiredEffects, List<Integer> sdgs, int sourceLine) {
        this(id, planId, parentGoalId, title, area, directionGoal, desiredEffects, sdgs, sourceLine, List.of(), null,
                List.of(), List.of(), null);
    }
}
