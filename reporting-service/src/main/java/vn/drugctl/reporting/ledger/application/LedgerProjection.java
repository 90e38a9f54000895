package vn.drugctl.reporting.ledger.application;

import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;
import vn.drugctl.reporting.ledger.domain.Projector;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the report counters up with the events, a batch (one poll) at a time: one read of the batch's aggregates,
 * one guarded write of those that changed, one guarded update per counter document touched.
 *
 * <p><b>Per aggregate.</b> Its new events (a {@code sequence} it does not hold yet; a duplicate is dropped) join its
 * stored events; its {@link Projector} gives the ledger of the whole history, back-dated events and corrections
 * included; the difference from the stored ledger is the aggregate's delta, stored with it as its pending delta in
 * the same document write (version-guarded), then added to the counters under the aggregate's new version.
 *
 * <p><b>Guarantees.</b> Every delta reaches the counters exactly once: the counters add a delta only if its version is
 * newer than the last they added for that aggregate; a pending delta the counters may not hold (a crash between the
 * two writes) is applied before the aggregate changes again, and by {@link #recover} at start. Redelivered events
 * change nothing. Report cost does not grow with history: the counters hold sums per unit, day and measure.
 *
 * <p>Every delta also goes to the {@link ChangeJournal} (before the counters, idempotently by aggregate and version),
 * so the records behind a changed number can be named.
 *
 * <p><b>Failure modes.</b> A storage failure propagates: the batch is retried whole (nothing is acknowledged, nothing
 * skipped). {@link ConcurrentProjectionChange} (another instance wrote meanwhile) re-runs the batch a few times.
 */
public class LedgerProjection {
    private static final int ATTEMPTS = 5;

    /** One event for the projection: its aggregate kind (which projector reads it) and id. */
    public record Incoming(String kind, String aggregateId, ProjectedEvent event) {
    }

    private final Map<String, Projector> projectors;
    private final ProjectionStore store;
    private final Counters counters;
    private final ChangeJournal journal;
    private final Clock clock;

    public LedgerProjection(Map<String, Projector> projectors, ProjectionStore store, Counters counters,
                            ChangeJournal journal, Clock clock) {
        this.projectors = Map.copyOf(projectors);
        this.store = store;
        this.counters = counters;
        this.journal = journal;
        this.clock = clock;
    }

    /** Whether events of {@code kind} are projected. */
    public boolean projects(String kind) {
        return projectors.containsKey(kind);
    }

    /** @return the events of the batch that were new to their aggregates */
    public int apply(List<Incoming> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return applyOnce(batch);
            } catch (ConcurrentProjectionChange e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private int applyOnce(List<Incoming> batch) {
        Map<String, Map<String, List<ProjectedEvent>>> byKind = new LinkedHashMap<>();
        for (Incoming in : batch) {
            if (!projects(in.kind())) {
                throw new IllegalArgumentException("no projector for aggregates of kind " + in.kind());
            }
            byKind.computeIfAbsent(in.kind(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(in.aggregateId(), k -> new ArrayList<>()).add(in.event());
        }
        List<StoredAggregate> loaded = new ArrayList<>();
        byKind.forEach((kind, events) -> {
            Map<String, StoredAggregate> found = store.load(kind, events.keySet());
            events.keySet().forEach(id -> loaded.add(found.getOrDefault(id, StoredAggregate.empty(kind, id))));
        });

        // a delta the counters may not hold must reach them before the aggregate's pending delta is replaced
        List<StoredAggregate> unapplied = loaded.stream().filter(a -> !a.pendingApplied()).toList();
        if (!unapplied.isEmpty()) {
            settle(unapplied);
        }

        int fresh = 0;
        List<StoredAggregate> changed = new ArrayList<>();
        for (StoredAggregate stored : loaded) {
            List<ProjectedEvent> incoming = byKind.get(stored.kind()).get(stored.aggregateId());
            TreeMap<Long, ProjectedEvent> merged = new TreeMap<>();
            stored.events().forEach(e -> merged.put(e.sequence(), e));
            int before = merged.size();
            incoming.forEach(e -> merged.putIfAbsent(e.sequence(), e));
            if (merged.size() == before) {
                continue;
            }
            fresh += merged.size() - before;
            List<ProjectedEvent> events = List.copyOf(merged.values());
            Ledger ledger = projectors.get(stored.kind()).ledger(events);
            changed.add(new StoredAggregate(stored.kind(), stored.aggregateId(), stored.version(), events, ledger,
                    stored.version() + 1, ledger.minus(stored.ledger()), false));
        }
        if (changed.isEmpty()) {
            return 0;
        }
        store.save(changed);
        settle(changed);
        return fresh;
    }

    /**
     * Adds to the counters the pending deltas they may not hold (left by a crash between an aggregate's write and the
     * counters' update). Run before the consumer starts.
     *
     * @return how many aggregates were checked
     */
    public int recover() {
        int checked = 0;
        for (List<StoredAggregate> page = store.unapplied(500); !page.isEmpty(); page = store.unapplied(500)) {
            settle(page);
            checked += page.size();
        }
        return checked;
    }

    /** Journals the aggregates' pending deltas (idempotently), adds them to the counters, marks them applied. */
    private void settle(List<StoredAggregate> aggregates) {
        var now = clock.instant();
        journal.append(aggregates.stream().filter(a -> !a.pendingDelta().isEmpty())
                .map(a -> new ChangeJournal.Change(a.kind(), a.aggregateId(), a.pendingSequence(), now,
                        a.pendingDelta())).toList());
        counters.apply(aggregates.stream().map(LedgerProjection::pending)
                .sorted(Comparator.comparingLong(Counters.Delta::sequence)).toList());
        store.markApplied(aggregates);
    }

    private static Counters.Delta pending(StoredAggregate a) {
        return new Counters.Delta(a.key(), a.pendingSequence(), a.pendingDelta());
    }
}
