package vn.drugctl.reporting.reconciliation.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a source service (registry-service, hotspot-service) says a unit's subtree holds today, counted from its own
 * records: per managing unit and stock measure the number of records, and per record its position. The shape of
 * their {@code /reconciliation/units/{code}} answers.
 */
public record SourceCounts(String unitCode, LocalDate asOf, String source, List<Count> counts,
                           List<RecordPosition> records) {
    public SourceCounts {
        counts = counts == null ? List.of() : List.copyOf(counts);
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** Records of {@code unitCode} in stock {@code measure}. */
    public record Count(String unitCode, String measure, long count) {
    }

    /**
     * One record: {@code kind} is the projection's aggregate kind ({@code person}, {@code hotspot},
     * {@code surveillance}), {@code sequence} the sequence of its newest event, {@code stock} the stock measure it is
     * in at {@code unitCode} ({@code null}: none).
     */
    public record RecordPosition(String kind, String id, long sequence, long version, String unitCode,
                                 String stock) {
    }
}
