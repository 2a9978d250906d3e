package se.ledger.query;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Counts the projection's committed batches in this process, so a read waiting for a position is
 * woken by the commit that may carry it instead of looking again and again. The count moves in
 * the batch's clean-up, after Axon has advanced the segment's status past the batch.
 */
@Component
public class ProjectionCommits implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String SIGNALLED = ProjectionCommits.class.getName();

    private long commits; // guarded by this

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        var batch = unitOfWork.root();
        if (batch.resources().putIfAbsent(SIGNALLED, Boolean.TRUE) == null) {
            batch.onCleanup(u -> committed());
        }
        return chain.proceed();
    }

    synchronized void committed() {
        commits++;
        notifyAll();
    }

    synchronized long count() {
        return commits;
    }

    /** Returns when a batch commits after {@code seen} was counted, or after at most {@code millis}. */
    synchronized void awaitAfter(long seen, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        long left = millis;
        while (commits == seen && left > 0) {
            wait(left);
            left = (deadline - System.nanoTime()) / 1_000_000;
        }
    }
}
