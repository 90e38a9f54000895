package vn.drugctl.hotspot.reconciliation.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What hotspot-service's own records say a unit's subtree holds today, for reporting-service to compare its
 * projection with: per managing unit and stock measure (the report's names: {@code H:<KIND>:LICENSED|UNLICENSED}
 * active hotspots, {@code SV:<KIND>} open surveillance records) the number of records, and per record its kind
 * ({@code hotspot}, {@code surveillance}: the projection's aggregate kinds), id, last event sequence, version, unit
 * and stock ({@code null}: in none). Ids only: no name, address or subject.
 */
public record ReconciliationCounts(String unitCode, LocalDate asOf, String source, List<Count> counts,
                                   List<RecordPosition> records) {
    public ReconciliationCounts {
        counts = List.copyOf(counts);
        records = List.copyOf(records);
    }

    /** Records of {@code unitCode} in {@code measure}. */
    public record Count(String unitCode, String measure, long count) {
    }

    /** One record and the stock it is in ({@code null}: none). */
    public record RecordPosition(String kind, String id, long sequence, long version, String unitCode,
                                 String stock) {
    }
}
