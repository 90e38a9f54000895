package vn.drugctl.reporting.ledger.application;

import org.junit.jupiter.api.Test;
import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.LedgerKey;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;
import vn.drugctl.reporting.ledger.domain.Projector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The projection's exactly-once guarantee, with stores that can fail at any write: whatever crashes between the
 * aggregate's write and the counters' update, redelivering the batch (and the recovery at start) leaves the counters
 * as if every event had been applied once. The stores are in-memory stand-ins of the two ports that behave like the
 * MongoDB ones (version-guarded documents, per-aggregate applied versions); the real ones run in ReportLedgerIT.
 */
class LedgerProjectionTest {
    /** Each event counts 1 on measure "E" at its date, and the aggregate's latest event type as a stock "S:type". */
    static final Projector COUNTING = events -> {
        Ledger.Builder b = Ledger.builder();
        events.forEach(e -> b.add(e.unitCode(), e.businessDate(), "E", 1));
        if (!events.isEmpty()) {
            ProjectedEvent last = events.getLast();
            b.add(last.unitCode(), last.businessDate(), "S:" + last.eventType(), 1);
        }
        return b.build();
    };

    static final class MemoryStore implements ProjectionStore {
        final Map<String, StoredAggregate> docs = new HashMap<>();
        boolean failSave;

        @Override
        public Map<String, StoredAggregate> load(String kind, Collection<String> ids) {
            Map<String, StoredAggregate> found = new HashMap<>();
            ids.forEach(id -> {
                StoredAggregate a = docs.get(kind + ":" + id);
                if (a != null) {
                    found.put(id, a);
                }
            });
            return found;
        }

        @Override
        public void save(List<StoredAggregate> aggregates) {
            if (failSave) {
                throw new IllegalStateException("store down");
            }
            for (StoredAggregate a : aggregates) {
                StoredAggregate now = docs.get(a.key());
                if ((now == null ? 0 : now.version()) != a.version()) {
                    throw new ConcurrentProjectionChange(a.key());
                }
            }
            aggregates.forEach(a -> docs.put(a.key(), new StoredAggregate(a.kind(), a.aggregateId(), a.version() + 1,
                    a.events(), a.ledger(), a.pendingSequence(), a.pendingDelta(), a.pendingApplied())));
        }

        @Override
        public void markApplied(List<StoredAggregate> aggregates) {
            aggregates.forEach(a -> docs.computeIfPresent(a.key(), (k, d) -> d.pendingSequence() != a.pendingSequence()
                    ? d : new StoredAggregate(d.kind(), d.aggregateId(), d.version(), d.events(), d.ledger(),
                    d.pendingSequence(), d.pendingDelta(), true)));
        }

        @Override
        public List<StoredAggregate> unapplied(int limit) {
            return docs.values().stream().filter(a -> !a.pendingApplied()).limit(limit).toList();
        }
    }

    static final class MemoryCounters implements Counters {
        final Map<LedgerKey, Long> amounts = new TreeMap<>();
        final Map<String, Long> applied = new HashMap<>();
        int failAfter = Integer.MAX_VALUE;

        @Override
        public void apply(List<Delta> deltas) {
            for (Delta d : deltas) {
                if (failAfter-- <= 0) {
                    throw new IllegalStateException("counters down");
                }
                if (applied.getOrDefault(d.aggregateKey(), 0L) >= d.sequence()) {
                    continue;
                }
                applied.put(d.aggregateKey(), d.sequence());
                d.delta().amounts().forEach((k, n) -> amounts.merge(k, n, Long::sum));
            }
            amounts.values().removeIf(n -> n == 0);
        }

        @Override
        public Sums sum(String unitCode, LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Long> totalsByUnit(String unitCode, String measure) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Sums sumOf(java.util.Collection<String> unitCodes, LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }
    }

    static final class MemoryJournal implements ChangeJournal {
        final Map<String, Change> changes = new java.util.LinkedHashMap<>();

        @Override
        public void append(List<Change> list) {
            list.forEach(c -> changes.putIfAbsent(c.kind() + ":" + c.aggregateId() + "@" + c.version(), c));
        }

        @Override
        public List<Change> since(java.time.Instant after, String unitCode) {
            return changes.values().stream().filter(c -> c.at().isAfter(after)).toList();
        }
    }

    final MemoryJournal journal = new MemoryJournal();
    final MemoryStore store = new MemoryStore();
    final MemoryCounters counters = new MemoryCounters();
    final LedgerProjection projection = new LedgerProjection(Map.of("x", COUNTING), store, counters, journal, java.time.Clock.systemUTC());

    static LedgerProjection.Incoming event(String id, long seq, String type, int day) {
        return new LedgerProjection.Incoming("x", id, new ProjectedEvent(id + "-" + seq, type, 1, seq, "HN-BL-VUBAN",
                List.of("HN", "HN-BL", "HN-BL-VUBAN"), LocalDate.of(2025, 3, day), Map.of()));
    }

    /** What the counters must hold: the ledger of every aggregate's events, each once. */
    Map<LedgerKey, Long> expected(List<LedgerProjection.Incoming> all) {
        Map<String, TreeMap<Long, ProjectedEvent>> byAggregate = new HashMap<>();
        all.forEach(i -> byAggregate.computeIfAbsent(i.aggregateId(), k -> new TreeMap<>())
                .putIfAbsent(i.event().sequence(), i.event()));
        Map<LedgerKey, Long> sum = new TreeMap<>();
        byAggregate.values().forEach(events -> COUNTING.ledger(new ArrayList<>(events.values())).amounts()
                .forEach((k, n) -> sum.merge(k, n, Long::sum)));
        sum.values().removeIf(n -> n == 0);
        return sum;
    }

    @Test
    void aRedeliveredBatchAndABackDatedEventCountOnce() {
        List<LedgerProjection.Incoming> first = List.of(event("a", 1, "Opened", 1), event("a", 2, "Moved", 5),
                event("b", 1, "Opened", 2));
        assertThat(projection.apply(first)).isEqualTo(3);
        assertThat(projection.apply(first)).isZero();
        // a back-dated event arrives later with the next sequence: the stock moves to it, the flow counts once
        List<LedgerProjection.Incoming> later = List.of(event("a", 3, "Corrected", 3), event("a", 2, "Moved", 5));
        assertThat(projection.apply(later)).isEqualTo(1);
        List<LedgerProjection.Incoming> all = new ArrayList<>(first);
        all.addAll(later);
        assertThat(counters.amounts).isEqualTo(expected(all));
        assertThat(counters.amounts.get(new LedgerKey("HN-BL-VUBAN", LocalDate.of(2025, 3, 3), "S:Corrected")))
                .isEqualTo(1);
        assertThat(counters.amounts.keySet()).noneMatch(k -> k.measure().equals("S:Moved"));
        // the journal has one change per aggregate version, and together they make the counters
        assertThat(journal.changes.keySet()).containsExactlyInAnyOrder("x:a@1", "x:b@1", "x:a@2");
        Map<LedgerKey, Long> journalled = new TreeMap<>();
        journal.changes.values().forEach(c -> c.delta().amounts().forEach((k, n) -> journalled.merge(k, n, Long::sum)));
        journalled.values().removeIf(n -> n == 0);
        assertThat(journalled).isEqualTo(counters.amounts);
    }

    @Test
    void aCrashAtAnyPointOfABatchThenItsRedeliveryLeavesTheCountersAsIfAppliedOnce() {
        for (int failAt = 0; failAt < 3; failAt++) { // batch two makes 3 deltas
            MemoryStore s = new MemoryStore();
            MemoryCounters c = new MemoryCounters();
            LedgerProjection p = new LedgerProjection(Map.of("x", COUNTING), s, c, new MemoryJournal(), java.time.Clock.systemUTC());
            List<LedgerProjection.Incoming> one = List.of(event("a", 1, "Opened", 1), event("b", 1, "Opened", 2));
            List<LedgerProjection.Incoming> two = List.of(event("a", 2, "Moved", 4), event("b", 2, "Moved", 6),
                    event("c", 1, "Opened", 7));
            p.apply(one);
            c.failAfter = failAt; // the counters fail after this many deltas of the next batch
            assertThatThrownBy(() -> p.apply(two)).isInstanceOf(IllegalStateException.class);
            c.failAfter = Integer.MAX_VALUE;
            p.recover();                       // as at a restart
            p.apply(two);                      // the batch is delivered again
            p.apply(List.of(event("a", 3, "Left", 9)));
            List<LedgerProjection.Incoming> all = new ArrayList<>(one);
            all.addAll(two);
            all.add(event("a", 3, "Left", 9));
            assertThat(c.amounts).as("failing after %d deltas", failAt).isEqualTo(expected(all));
            assertThat(s.unapplied(10)).isEmpty();
        }
    }

    @Test
    void aStoreThatIsDownChangesNothingAndTheRetrySucceeds() {
        projection.apply(List.of(event("a", 1, "Opened", 1)));
        store.failSave = true;
        assertThatThrownBy(() -> projection.apply(List.of(event("a", 2, "Moved", 2))))
                .hasMessage("store down");
        assertThat(counters.amounts).isEqualTo(expected(List.of(event("a", 1, "Opened", 1))));
        store.failSave = false;
        projection.apply(List.of(event("a", 2, "Moved", 2)));
        assertThat(counters.amounts).isEqualTo(expected(List.of(event("a", 1, "Opened", 1),
                event("a", 2, "Moved", 2))));
    }

    @Test
    void anEventOfAKindNoProjectorReadsIsABug() {
        assertThatThrownBy(() -> projection.apply(List.of(new LedgerProjection.Incoming("y", "a",
                event("a", 1, "Opened", 1).event())))).isInstanceOf(IllegalArgumentException.class);
    }
}
