package se.ledger.goal.command;

import java.util.List;
import se.ledger.events.GoalId;

/**
 * What a goal says beyond its title: the goals of other plans it contributes to (bidrar till), its
 * purpose (syfte), strategies and risks. In a definition null means none; in a revision, unchanged.
 */
public record GoalTexts(List<GoalId> contributesTo, String purpose, List<String> strategies, List<String> risks) {

    public static final GoalTexts NONE = new GoalTexts(null, null, null, null);

    public boolean isEmpty() {
        return contributesTo == null && purpose == null && strategies == null && risks == null;
    }
}
