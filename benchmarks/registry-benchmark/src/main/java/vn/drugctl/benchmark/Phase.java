package vn.drugctl.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;

/**
 * One measured phase: work items run by a fixed number of virtual threads in a closed loop (each takes the next
 * item when its previous request is answered), so exactly {@code concurrency} requests are in flight. Counts the
 * requests, the successful ones and their latencies, and the errors by status with the first body of each.
 */
final class Phase {
    private final String name;
    private final Latencies latencies;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger ok = new AtomicInteger();
    private final Map<Integer, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<Integer, String> firstErrorBodies = new ConcurrentHashMap<>();
    private long wallNanos;

    Phase(String name, int expectedRequests) {
        this.name = name;
        this.latencies = new Latencies(expectedRequests);
    }

    /** Runs {@code items} work items on {@code concurrency} virtual threads and waits for all of them. */
    Phase run(int items, int concurrency, IntConsumer item) {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < Math.min(concurrency, items); t++) {
                threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
                        item.accept(i);
                    }
                });
            }
        }
        wallNanos = System.nanoTime() - start;
        return this;
    }

    /** Counts one answer; a success adds its latency, anything else is an error under its status. */
    boolean record(GatewayClient.Outcome outcome, int expectedStatus) {
        requests.incrementAndGet();
        if (outcome.is(expectedStatus)) {
            ok.incrementAndGet();
            latencies.record(outcome.nanos());
            return true;
        }
        errors.computeIfAbsent(outcome.status(), s -> new LongAdder()).increment();
        firstErrorBodies.putIfAbsent(outcome.status(), outcome.failure() != null ? outcome.failure()
                : abbreviate(outcome.body()));
        return false;
    }

    String name() {
        return name;
    }

    int requests() {
        return requests.get();
    }

    int ok() {
        return ok.get();
    }

    int errorCount() {
        return requests() - ok();
    }

    double wallSeconds() {
        return wallNanos / 1e9;
    }

    long wallNanos() {
        return wallNanos;
    }

    long[] sortedLatencies() {
        return latencies.sorted();
    }

    /** Errors by status ({@link GatewayClient#NO_ANSWER} for none): count and the first body or failure. */
    Map<Integer, String> errorSummary() {
        Map<Integer, String> summary = new TreeMap<>();
        errors.forEach((status, count) -> summary.put(status, count.sum() + " × first: " + firstErrorBodies.get(status)));
        return summary;
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 400 ? flat : flat.substring(0, 400) + " …";
    }
}
