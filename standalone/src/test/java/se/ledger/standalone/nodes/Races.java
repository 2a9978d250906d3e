package se.ledger.standalone.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import se.ledger.standalone.processes.HttpLedger;

/** Requests sent at the same moment, one thread each, released together. */
final class Races {

    private Races() {
    }

    /** {@code request} is given the node and the racer's number; answers in racer order. */
    static List<HttpLedger.Answer> race(List<HttpLedger> nodes,
            BiFunction<HttpLedger, Integer, HttpLedger.Answer> request) throws InterruptedException, ExecutionException {
        var gate = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(nodes.size());
        try {
            var answers = new ArrayList<Future<HttpLedger.Answer>>();
            for (int i = 0; i < nodes.size(); i++) {
                int racer = i;
                answers.add(threads.submit(() -> {
                    gate.await();
                    return request.apply(nodes.get(racer), racer);
                }));
            }
            gate.countDown();
            var result = new ArrayList<HttpLedger.Answer>();
            for (var answer : answers) {
                result.add(answer.get());
            }
            return result;
        } finally {
            threads.shutdownNow();
        }
    }
}
