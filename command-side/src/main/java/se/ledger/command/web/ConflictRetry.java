package se.ledger.command.web;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A plain write (no If-Match) that lost a race for the next event number is sent again: the
 * client asked to add a comment or a status, not to add it to one particular version, so a fresh
 * attempt on the new version is what it meant. Bounded, with a short random pause, so a storm of
 * writers cannot keep one of them looping. With If-Match the conflict is the client's to resolve.
 * A lock wait the database gave up on (another node's writer held the entity) counts the same.
 */
final class ConflictRetry {

    static final int ATTEMPTS = 5;

    private ConflictRetry() {
    }

    static <T> T run(boolean versioned, Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (ConcurrencyException | PessimisticLockingFailureException e) {
                if (versioned || attempt >= ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a conflicting write", e);
        }
    }
}
