package vn.drugctl.benchmark;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latencies of one phase, in nanoseconds, recorded from many threads into a fixed array (one slot per request);
 * percentiles by the nearest-rank method on the sorted values, so p100 is the maximum and nothing is interpolated.
 */
final class Latencies {
    private final long[] nanos;
    private final AtomicInteger count = new AtomicInteger();

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    void record(long elapsedNanos) {
        int slot = count.getAndIncrement();
        if (slot < nanos.length) {
            nanos[slot] = elapsedNanos;
        }
    }

    int count() {
        return Math.min(count.get(), nanos.length);
    }

    /** A snapshot of the recorded values, sorted ascending. */
    long[] sorted() {
        long[] copy = Arrays.copyOf(nanos, count());
        Arrays.sort(copy);
        return copy;
    }

    /**
     * The nearest-rank percentile of sorted values: the smallest value such that at least {@code percent} % of
     * the values are less than or equal to it. 0 for no values.
     */
    static long percentile(long[] sorted, double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        if (sorted.length == 0) {
            return 0;
        }
        // percent × n first, and a tolerance, so that 7 % of 100 is rank 7 and not 8 by a rounding error
        int rank = (int) Math.ceil(percent * sorted.length / 100.0 - 1e-9);
        return sorted[Math.max(rank, 1) - 1];
    }
}
