package vn.drugctl.reporting.ledger.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where the projection keeps its aggregates. */
public interface ProjectionStore {
    /** The stored aggregates of {@code kind} among {@code ids}, by id (absent ones are left out). */
    Map<String, StoredAggregate> load(String kind, Collection<String> ids);

    /**
     * Writes each aggregate if its stored version is still the one it was loaded with (a new one: if it does not
     * exist yet), as version + 1.
     *
     * @throws ConcurrentProjectionChange when one was changed meanwhile (nothing of it written)
     */
    void save(List<StoredAggregate> aggregates);

    /** Notes that the counters hold these aggregates' pending deltas. */
    void markApplied(List<StoredAggregate> aggregates);

    /** Aggregates whose pending delta the counters may not hold yet (after a crash), at most {@code limit}. */
    List<StoredAggregate> unapplied(int limit);
}
