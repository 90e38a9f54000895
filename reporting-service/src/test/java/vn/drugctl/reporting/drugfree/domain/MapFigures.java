package vn.drugctl.reporting.drugfree.domain;

import java.util.HashMap;
import java.util.Map;

/** In-memory figures of one commune for tests: stocks and flows by measure name. */
final class MapFigures implements Figures {
    final Map<String, Long> stocks = new HashMap<>();
    final Map<String, Long> flows = new HashMap<>();
    long residentsOutsideRegistry;

    MapFigures stock(String measure, long n) {
        stocks.merge(measure, n, Long::sum);
        return this;
    }

    MapFigures flow(String measure, long n) {
        flows.merge(measure, n, Long::sum);
        return this;
    }

    MapFigures residents(long n) {
        residentsOutsideRegistry = n;
        return this;
    }

    @Override
    public long stockAt(String measure) {
        return stocks.getOrDefault(measure, 0L);
    }

    @Override
    public long flowInYear(String measure) {
        return flows.getOrDefault(measure, 0L);
    }

    @Override
    public long arrestedResidentsOutsideRegistry() {
        return residentsOutsideRegistry;
    }
}
