package se.ledger.command;

import se.ledger.events.Correction;

/**
 * A command that creates its entity or, carrying a correction, defines the existing one again.
 * Axon tells a creating handler from an updating one by command name, so a correcting definition
 * travels as its simple class name plus {@link #CORRECTING} (see {@link Commands#message}); the
 * aggregate's updating handler is {@code @CommandHandler(commandName = "DefineGoal" + CORRECTING)}.
 */
public interface Definition {

    String CORRECTING = ".correcting";

    Correction correction();
}
