package se.ledger.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Clients posting activity statuses over REST as a manager would, each on its own activities so
 * no two writers contend for one entity; each client rotates over several activities so no
 * single entity's history grows long (an entity's history is replayed on every write).
 */
final class RestClients {

    /** The CPU the clients' own threads spent, so the ledger's share of the process can be told apart. */
    private static final LongAdder CLIENT_CPU = new LongAdder();
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newCachedThreadPool(RestClients::thread))
            .build();
    private final String base;
    private static final int ACTIVITIES_PER_CLIENT = 10;

    private int activities;

    RestClients(int port) {
        this.base = "http://localhost:" + port;
    }

    void createPlan() throws Exception {
        post("admin", "/api/plans", "{\"id\":\"bench\",\"organisation\":\"Bänkby kommun\",\"title\":\"Plan\","
                + "\"periodStart\":\"2022-01-01\",\"periodEnd\":\"2022-12-31\"}");
        post("admin", "/api/plans/bench/goals", "{\"id\":\"bench-g\",\"title\":\"Mål\"}");
    }

    /** Events per second with {@code clients} writers posting {@code events} statuses in all. */
    double statuses(int events, int clients) throws Exception {
        int each = events / clients;
        var owned = new ArrayList<List<String>>();
        for (int c = 0; c < clients; c++) {
            var ids = new ArrayList<String>();
            for (int a = 0; a < ACTIVITIES_PER_CLIENT; a++) {
                String id = "bench-a" + activities++;
                post("chef", "/api/plans/bench/activities", "{\"id\":\"" + id + "\",\"goalIds\":[\"bench-g\"],"
                        + "\"title\":\"Aktivitet\",\"responsible\":{\"person\":\"A\"}}");
                ids.add(id);
            }
            owned.add(ids);
        }
        var pool = Executors.newFixedThreadPool(clients, RestClients::thread);
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (var ids : owned) {
                tasks.add(() -> {
                    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    for (int i = 0; i < each; i++) {
                        String id = ids.get(i % ids.size());
                        // alternating per activity, so every post changes the status
                        post("chef", "/api/activities/" + id + "/status", (i / ids.size()) % 2 == 0
                                ? "{\"status\":\"ON_TRACK\",\"effectiveDate\":\"2022-03-31\"}"
                                : "{\"status\":\"DEVIATING\",\"explanation\":\"Försenad\","
                                        + "\"effectiveDate\":\"2022-03-31\"}");
                    }
                    CLIENT_CPU.add(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
                    return null;
                });
            }
            long start = System.nanoTime();
            for (var f : pool.invokeAll(tasks)) {
                f.get();
            }
            return each * clients / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU nanoseconds the client threads that ended spent; live ones are counted by their name. */
    static long clientCpuNanos() {
        return CLIENT_CPU.sum();
    }

    private static Thread thread(Runnable task) {
        var thread = new Thread(task, "bench-client-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    private void post(String user, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " → " + response.statusCode() + ": " + response.body());
        }
    }
}
