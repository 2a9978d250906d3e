package se.ledger.platform;

import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated user is the actor of what they post; a client cannot name another. */
public final class Actor {

    private Actor() {
    }

    public static String current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            throw new IllegalStateException("No authenticated user");
        }
        return authentication.getName();
    }
}
