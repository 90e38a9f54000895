package vn.drugctl.reporting.ledger.application;

import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;

import java.util.List;

/**
 * One aggregate as the projection keeps it: its events so far (by sequence), the ledger they give, and the last
 * change of that ledger ({@code pendingDelta}, made by the events up to {@code pendingSequence}) with whether the
 * counters are known to hold it.
 *
 * @param version the stored document's version, for the guarded write ({@code 0}: not stored yet)
 */
public record StoredAggregate(String kind, String aggregateId, long version, List<ProjectedEvent> events,
                              Ledger ledger, long pendingSequence, Ledger pendingDelta, boolean pendingApplied) {
    public StoredAggregate {
        events = List.copyOf(events);
    }

    public static StoredAggregate empty(String kind, String aggregateId) {
        return new StoredAggregate(kind, aggregateId, 0, List.of(), Ledger.EMPTY, 0, Ledger.EMPTY, true);
    }

    /** The key counters remember the applied sequence under: {@code kind:aggregateId}. */
    public String key() {
        return kind + ":" + aggregateId;
    }

    public long lastSequence() {
        return events.isEmpty() ? 0 : events.getLast().sequence();
    }
}
