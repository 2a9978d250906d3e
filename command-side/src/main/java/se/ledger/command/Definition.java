package se.ledger.command;

import se.ledger.events.Correction;

/**
 * A command that creates its entity or, carrying a correction, defines the existing one again.
 * Axon tells a creating handler from an updating one by command name, so a correcting definition
 * travels under {@link #correctingName()} (see {@link Commands#message}).
 */
public interface Definition {

    Correction correction();

    /** The {@code commandName} of the aggregate's correcting handler. */
    String correctingName();
}
