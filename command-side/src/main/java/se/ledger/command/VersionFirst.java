package se.ledger.command;

import org.axonframework.commandhandling.CommandMessageHandlingMember;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;

/**
 * Axon checks a command's {@code @TargetAggregateVersion} when it loads the aggregate, but a
 * version that is merely behind is only refused when the unit of work commits, after the
 * handler's own rules have run. A client with a stale If-Match should hear "stale" rather than
 * a rule about data it has not seen, so every command handler asks Axon's conflict resolver
 * first; any event the client has not seen is a conflict.
 */
@Component
public class VersionFirst implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (original.unwrap(CommandMessageHandlingMember.class).isEmpty()) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                ConflictResolution.getConflictResolver().detectConflicts(unseen -> !unseen.isEmpty());
                return super.handle(message, target);
            }
        };
    }
}
