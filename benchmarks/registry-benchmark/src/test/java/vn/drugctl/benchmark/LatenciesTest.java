package vn.drugctl.benchmark;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatenciesTest {

    @Test
    void nearestRankPercentilesOfOneToAHundred() {
        long[] sorted = LongStream.rangeClosed(1, 100).toArray();

        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50);
        assertThat(Latencies.percentile(sorted, 90)).isEqualTo(90);
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99);
        assertThat(Latencies.percentile(sorted, 7)).as("no rounding error pushes it to the next rank").isEqualTo(7);
        assertThat(Latencies.percentile(sorted, 100)).isEqualTo(100);
        assertThat(Latencies.percentile(sorted, 0.5)).isEqualTo(1);
    }

    @Test
    void fewValuesGiveAnActualValueNeverAnInterpolatedOne() {
        long[] sorted = {10, 20, 30, 1000};

        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(20);
        assertThat(Latencies.percentile(sorted, 75)).isEqualTo(30);
        assertThat(Latencies.percentile(sorted, 76)).isEqualTo(1000);
        assertThat(Latencies.percentile(sorted, 99)).as("one slow request of four is the p99").isEqualTo(1000);
        assertThat(Latencies.percentile(new long[]{42}, 99)).isEqualTo(42);
        assertThat(Latencies.percentile(new long[0], 99)).isZero();
    }

    @Test
    void outOfRangePercentIsRefused() {
        assertThatThrownBy(() -> Latencies.percentile(new long[]{1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latencies.percentile(new long[]{1}, 100.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesRecordedFromManyThreadsAreAllKeptAndSorted() {
        Latencies latencies = new Latencies(1000);
        IntStream.range(0, 1000).parallel().forEach(i -> latencies.record(1000 - i));

        long[] sorted = latencies.sorted();
        assertThat(sorted).hasSize(1000).startsWith(1, 2, 3).endsWith(999, 1000);
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(990);
    }
}
