package se.ledger.command;

import java.util.HashSet;
import java.util.Optional;
import java.util.function.Function;
import se.ledger.platform.InvalidInput;

/**
 * The rule "the goal tree does not go round": a goal may not end up above itself, whether the tree is
 * in the ledger (a goal defined or corrected through the API) or in a file being imported.
 */
public final class GoalTree {

    private GoalTree() {
    }

    /**
     * What is wrong with giving {@code goal} the parent {@code parent}, when {@code parentOf} tells the
     * parent of every other goal; empty when the tree stays a tree.
     */
    public static Optional<String> cycle(String goal, String parent, Function<String, Optional<String>> parentOf) {
        var seen = new HashSet<String>();
        for (var up = Optional.ofNullable(parent); up.isPresent() && seen.add(up.get());
                up = parentOf.apply(up.get())) {
            if (up.get().equals(goal)) {
                return Optional.of("målet '" + goal + "' blir överordnat sig självt: kedjan av överordnade mål "
                        + "går runt i en cirkel");
            }
        }
        return Optional.empty();
    }

    /** @throws InvalidInput naming {@code field} when the parent would close a circle */
    public static void check(String field, String goal, String parent, Function<String, Optional<String>> parentOf) {
        cycle(goal, parent, parentOf).ifPresent(message -> {
            throw new InvalidInput(field, message);
        });
    }
}
