package se.ledger.standalone.processes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Writers that comment, each on its own activity, as a careful client does: every comment has an
 * Idempotency-Key, and a comment that got no success answer is sent again with the same key
 * until it gets one. The comment's text is its key, so the event store shows what was stored.
 * With several ledger nodes, writer i sends each comment to node i and, as behind a load
 * balancer, its retries to the next node after a failure.
 */
public final class Writers implements AutoCloseable {

    private final List<HttpLedger> nodes;
    private final String prefix;
    private final List<String> activities;
    private final ExecutorService threads;
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>(); // key -> position
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<HttpLedger.Answer> failures = new ConcurrentLinkedQueue<>();
    private volatile boolean stopping;

    public Writers(HttpLedger http, List<String> activities) {
        this(List.of(http), activities, "w");
    }

    /** Keys (and texts) are {@code prefix + writer + "-" + n}. */
    public Writers(List<HttpLedger> nodes, List<String> activities, String prefix) {
        this.nodes = List.copyOf(nodes);
        this.prefix = prefix;
        this.activities = activities;
        this.threads = Executors.newFixedThreadPool(activities.size());
    }

    public Writers start() {
        IntStream.range(0, activities.size()).forEach(i -> threads.submit(() -> {
            try {
                write(i);
            } catch (RuntimeException | Error e) {
                failures.add(new HttpLedger.Answer(-1, e.toString(), null, null));
            }
        }));
        return this;
    }

    private void write(int writer) {
        for (int n = 0; !stopping; n++) {
            int node = writer % nodes.size();
            String key = prefix + writer + "-" + n;
            attempts.put(key, new AtomicInteger());
            while (!Thread.currentThread().isInterrupted()) {
                attempts.get(key).incrementAndGet();
                var answer = LedgerWrites.comment(nodes.get(node), activities.get(writer), key, key);
                if (answer.ok()) {
                    acknowledged.put(key, answer.json().get("position").asLong());
                    break;
                }
                failures.add(answer);
                node = (node + 1) % nodes.size();
                try {
                    Thread.sleep(200); // a client's pause before retrying, not a wait for a condition
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    public int acknowledgedCount() {
        return acknowledged.size();
    }

    public Map<String, Long> acknowledged() {
        return acknowledged;
    }

    /** Every key sent, each answered with success in the end once {@link #stop()} returned. */
    public Map<String, Integer> attempts() {
        var counts = new ConcurrentHashMap<String, Integer>();
        attempts.forEach((key, count) -> counts.put(key, count.get()));
        return counts;
    }

    public List<HttpLedger.Answer> failures() {
        return List.copyOf(failures);
    }

    /** Lets each writer finish its current comment (retrying it until answered), then returns. */
    public void stop() throws InterruptedException {
        stopping = true;
        threads.shutdown();
        if (!threads.awaitTermination(3, TimeUnit.MINUTES)) {
            throw new AssertionError("Writers still retrying after 3 minutes");
        }
    }

    @Override
    public void close() {
        stopping = true;
        threads.shutdownNow();
    }
}
