package se.ledger.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;

/** How a command object becomes the message Axon routes. */
public final class Commands {

    private Commands() {
    }

    /** A correcting {@link Definition} goes to the existing entity, anything else by its type. */
    public static CommandMessage<?> message(Object command) {
        if (command instanceof Definition definition && definition.correction() != null) {
            String name = command.getClass().getSimpleName() + Definition.CORRECTING;
            return new GenericCommandMessage<>(new GenericMessage<>(command), name);
        }
        return GenericCommandMessage.asCommandMessage(command);
    }
}
