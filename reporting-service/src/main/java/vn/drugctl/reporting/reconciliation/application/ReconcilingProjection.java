package vn.drugctl.reporting.reconciliation.application;

import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.ledger.application.Counters;
import vn.drugctl.reporting.ledger.application.LedgerRecords;
import vn.drugctl.reporting.ledger.application.ProjectionStore;
import vn.drugctl.reporting.ledger.application.StoredAggregate;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;
import vn.drugctl.reporting.reconciliation.domain.ProjectedPositions;
import vn.drugctl.reporting.reconciliation.domain.ProjectedPositions.Held;
import vn.drugctl.reporting.reconciliation.domain.ProjectedPositions.ProjectedRecord;
import vn.drugctl.reporting.reconciliation.domain.Reconciliation;
import vn.drugctl.reporting.reconciliation.domain.SourceCounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reconciles the report projection of a unit's subtree with the sources' own counts (DESIGN.md "How data flows", 5):
 * asks each {@link Source} with the caller's token, reads what the projection holds today (the aggregates in a
 * compared stock of the subtree, those the sources name, and the counters' totals), and lists every difference
 * ({@link Reconciliation}). The caller must view the unit (403; 404 for a unit not in the catalogue).
 *
 * <p>Reads only; a source that cannot be reached fails the whole check ({@link SourceUnavailable}): half a
 * reconciliation would call a subtree consistent that was not checked.
 */
public class ReconcilingProjection {
    private final List<Source> sources;
    private final LedgerRecords ledgerRecords;
    private final ProjectionStore store;
    private final Counters counters;
    private final UnitCatalogue units;
    private final Supplier<LocalDate> today;

    public ReconcilingProjection(List<Source> sources, LedgerRecords ledgerRecords, ProjectionStore store,
                                 Counters counters, UnitCatalogue units, Supplier<LocalDate> today) {
        this.sources = List.copyOf(sources);
        this.ledgerRecords = ledgerRecords;
        this.store = store;
        this.counters = counters;
        this.units = units;
        this.today = today;
    }

    /**
     * @throws NotFound          when the unit is not in the catalogue (404)
     * @throws vn.drugctl.common.tenancy.OutOfScopeException when the caller's view does not contain it (403)
     * @throws SourceUnavailable when a source does not answer (503)
     */
    public Reconciliation.Result reconcile(String unitCode, TenantScope scope, String bearerToken) {
        Unit unit = units.find(unitCode).orElseThrow(() -> new NotFound("Unit", "No unit " + unitCode
                + " in the unit catalogue"));
        scope.requireView(unit);
        LocalDate asOf = today.get();
        List<SourceCounts> answers = new ArrayList<>(sources.size());
        for (Source source : sources) {
            answers.add(source.counts(unit.code(), bearerToken));
        }
        return Reconciliation.compare(unit.code(), asOf, answers, projected(unit, asOf, answers));
    }

    /** What the projection holds for the subtree at the end of {@code asOf}. */
    ProjectedPositions projected(Unit unit, LocalDate asOf, List<SourceCounts> answers) {
        Set<String> subtree = units.subtree(unit.code()).stream().map(Unit::code).collect(Collectors.toSet());
        Map<String, StoredAggregate> aggregates = new LinkedHashMap<>();
        for (String prefix : Reconciliation.STOCK_PREFIXES) {
            ledgerRecords.shares(subtree, prefix, true, null, asOf).stream()
                    .filter(s -> Reconciliation.compared(s.measure()))
                    .forEach(s -> aggregates.putIfAbsent(s.aggregate().key(), s.aggregate()));
        }
        Map<String, List<String>> named = new TreeMap<>();
        answers.forEach(a -> a.records().forEach(r -> {
            if (!aggregates.containsKey(r.kind() + ":" + r.id())) {
                named.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.id());
            }
        }));
        named.forEach((kind, ids) -> store.load(kind, ids).values()
                .forEach(a -> aggregates.putIfAbsent(a.key(), a)));

        Map<String, ProjectedRecord> records = new HashMap<>();
        aggregates.values().forEach(a -> records.put(a.key(), new ProjectedRecord(a.kind(), a.aggregateId(),
                contiguousSequence(a.events()), stocks(a, subtree, asOf))));
        Counters.Sums sums = counters.sum(unit.code(), asOf, asOf);
        Map<String, Long> totals = new TreeMap<>();
        sums.before().keySet().forEach(m -> totals.put(m, sums.upTo(m)));
        sums.during().keySet().forEach(m -> totals.put(m, sums.upTo(m)));
        totals.keySet().removeIf(m -> !Reconciliation.compared(m));
        return new ProjectedPositions(records, totals);
    }

    /**
     * The sequence up to which the aggregate holds every event (1, 2, ... without a gap): a missing event makes it
     * behind even if a later one arrived.
     */
    static long contiguousSequence(List<ProjectedEvent> events) {
        long expected = 1;
        for (ProjectedEvent e : events) {
            if (e.sequence() != expected) {
                break;
            }
            expected++;
        }
        return expected - 1;
    }

    /** The compared stocks the aggregate's ledger holds in the subtree at the end of {@code asOf}. */
    static List<Held> stocks(StoredAggregate a, Set<String> subtree, LocalDate asOf) {
        Map<Held, Long> held = new TreeMap<>((x, y) -> x.unitCode().equals(y.unitCode())
                ? x.measure().compareTo(y.measure()) : x.unitCode().compareTo(y.unitCode()));
        a.ledger().amounts().forEach((k, n) -> {
            if (!k.date().isAfter(asOf) && subtree.contains(k.unitCode()) && Reconciliation.compared(k.measure())) {
                held.merge(new Held(k.unitCode(), k.measure()), n, Long::sum);
            }
        });
        List<Held> stocks = new ArrayList<>();
        held.forEach((h, n) -> {
            // normally 1; a negative amount (a stock left more often than entered) still shows, once
            for (long i = 0; n != 0 && i < Math.max(1, n); i++) {
                stocks.add(h);
            }
        });
        return stocks;
    }
}
