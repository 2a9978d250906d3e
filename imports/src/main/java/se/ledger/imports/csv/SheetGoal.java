package se.ledger.imports.csv;

import java.util.List;

/**
 * A MÅL row.
 *
 * @param parentGoalId   null for a top goal
 * @param area           målområde, null when empty
 * @param directionGoal  inriktningsmål: a goal with no measurable ambition
 * @param sdgs           Agenda 2030 goals 1–17, in the order written
 */
public record SheetGoal(String id, String planId, String parentGoalId, String title, String area,
        boolean directionGoal, List<String> desiredEffects, List<Integer> sdgs, int sourceLine) {

    public SheetGoal {
        desiredEffects = List.copyOf(desiredEffects);
        sdgs = List.copyOf(sdgs);
    }
}
