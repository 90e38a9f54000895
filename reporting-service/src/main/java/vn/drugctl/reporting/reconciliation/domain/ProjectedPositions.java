package vn.drugctl.reporting.reconciliation.domain;

import java.util.List;
import java.util.Map;

/**
 * What the report projection says about the same subtree today.
 *
 * @param records the projection's aggregates among those the sources name, and those holding a compared stock in the
 *                subtree, by {@code kind:id}
 * @param totals  per stock measure, the subtree's total in the counters (what a report shows)
 */
public record ProjectedPositions(Map<String, ProjectedRecord> records, Map<String, Long> totals) {
    public ProjectedPositions {
        records = Map.copyOf(records);
        totals = Map.copyOf(totals);
    }

    /** A (unit, stock measure) an aggregate holds today. */
    public record Held(String unitCode, String measure) {
    }

    /** One aggregate: the sequence of the last event it holds and the compared stocks its ledger holds today. */
    public record ProjectedRecord(String kind, String id, long sequence, List<Held> stocks) {
        public ProjectedRecord {
            stocks = List.copyOf(stocks);
        }

        public String key() {
            return kind + ":" + id;
        }
    }
}
