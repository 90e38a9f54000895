package vn.drugctl.registry.reconciliation.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What the registry's own records say a unit's subtree holds today, for reporting-service to compare its projection
 * with: per managing unit and stock measure ({@code L:<LIST>}, the report's names) the number of people, and per
 * person its id, last event sequence, version, unit and stock ({@code null}: on no list). Ids and lists only: no
 * name, CCCD or other detail of a person.
 */
public record ReconciliationCounts(String unitCode, LocalDate asOf, String source, List<Count> counts,
                                   List<RecordPosition> records) {
    public ReconciliationCounts {
        counts = List.copyOf(counts);
        records = List.copyOf(records);
    }

    /** People of {@code unitCode} in {@code measure}. */
    public record Count(String unitCode, String measure, long count) {
    }

    /**
     * One record: {@code kind} is the report projection's aggregate kind ({@code person}), {@code sequence} the
     * sequence of its newest event, {@code stock} the stock measure it is in ({@code null}: none).
     */
    public record RecordPosition(String kind, String id, long sequence, long version, String unitCode,
                                 String stock) {
    }
}
