package vn.drugctl.reporting.reconciliation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The comparison of the report projection with the sources' own counts for a unit's subtree (DESIGN.md "How data
 * flows", 5). Pure: the sources' answers and the projection's positions in, every difference out.
 *
 * <p>Compared stocks, by their report names: {@code L:<LIST>} (people on a list, registry-service),
 * {@code H:<KIND>:LICENSED|UNLICENSED} (active hotspots) and {@code SV:<KIND>} (open surveillance records,
 * hotspot-service). Differences:
 * <ul>
 *   <li>{@code COUNT}: a unit's count of a stock, the source's against the projection's aggregates';</li>
 *   <li>{@code TOTAL}: the subtree's total of a stock, the source's against the counters' (what a report sums);</li>
 *   <li>{@code MISSING_IN_PROJECTION}: a record the source has and the projection has never seen;</li>
 *   <li>{@code BEHIND}: the projection holds fewer of the record's events than the source wrote;</li>
 *   <li>{@code AHEAD}: the projection holds more of its events than the source says it wrote;</li>
 *   <li>{@code DIFFERENT_STOCK}: the record's stock or unit differs (source up to date or not);</li>
 *   <li>{@code NOT_IN_SOURCE}: the projection holds the record in a stock of the subtree, the source does not list
 *       it at all.</li>
 * </ul>
 * A record's difference says what the source says ({@code source}) and what the projection says
 * ({@code projection}): sequence, unit and stock.
 */
public final class Reconciliation {
    /** The stock measures compared. */
    public static final Pattern COMPARED_STOCK = Pattern.compile(
            "L:[A-Za-z0-9_\\-]+|H:[A-Za-z0-9_\\-]+:(LICENSED|UNLICENSED)|SV:[A-Za-z0-9_\\-]+");

    /** The prefixes of the compared stocks in the ledger (flows and breakdowns share them; filter with the pattern). */
    public static final List<String> STOCK_PREFIXES = List.of("L:", "H:", "SV:");

    /** The source whose stocks are the lists ({@code L:}); every other source's are hotspot stocks. */
    public static final String REGISTRY = "registry-service";

    public enum Type { COUNT, TOTAL, MISSING_IN_PROJECTION, BEHIND, AHEAD, DIFFERENT_STOCK, NOT_IN_SOURCE }

    /** What one side says: a count, or a record's sequence, unit and stock (null fields: not applicable). */
    public record Side(Long count, Long sequence, String unitCode, String stock) {
        static Side count(long n) {
            return new Side(n, null, null, null);
        }
    }

    /** One difference; {@code recordId}/{@code kind} for a record, {@code unitCode}/{@code measure} for a count. */
    public record Difference(Type type, String source, String unitCode, String measure, String kind,
                             String recordId, Side sourceSays, Side projectionSays) {
    }

    /** A compared stock's total over the subtree: the source's and the counters'. */
    public record Total(String source, String measure, long sourceCount, long projectionCount) {
    }

    /**
     * The comparison: {@code consistent} when {@code differences} is empty; {@code totals} are the subtree's compared
     * stocks (what was checked), {@code checkedRecords} how many records the sources listed.
     */
    public record Result(String unitCode, LocalDate asOf, boolean consistent, List<Difference> differences,
                         List<Total> totals, int checkedRecords) {
        public Result {
            differences = List.copyOf(differences);
            totals = List.copyOf(totals);
        }
    }

    private Reconciliation() {
    }

    public static boolean compared(String measure) {
        return COMPARED_STOCK.matcher(measure).matches();
    }

    public static Result compare(String unitCode, LocalDate asOf, List<SourceCounts> sources,
                                 ProjectedPositions projection) {
        List<Difference> differences = new ArrayList<>();
        List<Total> checked = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (SourceCounts source : sources) {
            source.records().forEach(r -> listed.add(r.kind() + ":" + r.id()));
        }
        for (SourceCounts source : sources) {
            counts(source, projection, differences);
            totals(unitCode, source, projection, differences, checked);
            records(source, projection, differences);
            // records the projection holds in one of this source's stocks, which no source lists
            projection.records().values().stream()
                    .filter(p -> !listed.contains(p.key()) && ownsAny(source, p))
                    .sorted(Comparator.comparing(ProjectedPositions.ProjectedRecord::key))
                    .forEach(p -> differences.add(new Difference(Type.NOT_IN_SOURCE, source.source(),
                            p.stocks().getFirst().unitCode(), p.stocks().getFirst().measure(), p.kind(), p.id(),
                            null, side(p))));
        }
        return new Result(unitCode, asOf, differences.isEmpty(), differences, checked, listed.size());
    }

    private static boolean ownsAny(SourceCounts source, ProjectedPositions.ProjectedRecord p) {
        return p.stocks().stream().anyMatch(h -> owns(source, h.measure()));
    }

    /** Whether a stock measure is one this source counts (a registry list, a hotspot or surveillance stock). */
    static boolean owns(SourceCounts source, String measure) {
        return compared(measure) && REGISTRY.equals(source.source()) == measure.startsWith("L:");
    }

    private static void counts(SourceCounts source, ProjectedPositions projection,
                               List<Difference> differences) {
        Map<List<String>, Long> fromSource = new TreeMap<>(Reconciliation::byUnitAndMeasure);
        source.counts().stream().filter(c -> compared(c.measure()))
                .forEach(c -> fromSource.merge(List.of(c.unitCode(), c.measure()), c.count(), Long::sum));
        Map<List<String>, Long> fromProjection = new TreeMap<>(Reconciliation::byUnitAndMeasure);
        projection.records().values().forEach(p -> p.stocks().stream().filter(h -> owns(source, h.measure()))
                .forEach(h -> fromProjection.merge(List.of(h.unitCode(), h.measure()), 1L, Long::sum)));
        Set<List<String>> keys = new TreeSet<>(Reconciliation::byUnitAndMeasure);
        keys.addAll(fromSource.keySet());
        keys.addAll(fromProjection.keySet());
        for (List<String> k : keys) {
            long s = fromSource.getOrDefault(k, 0L);
            long p = fromProjection.getOrDefault(k, 0L);
            if (s != p) {
                differences.add(new Difference(Type.COUNT, source.source(), k.get(0), k.get(1), null, null,
                        Side.count(s), Side.count(p)));
            }
        }
    }

    private static void totals(String unitCode, SourceCounts source, ProjectedPositions projection,
                               List<Difference> differences, List<Total> checked) {
        Map<String, Long> fromSource = new TreeMap<>();
        source.counts().stream().filter(c -> compared(c.measure()))
                .forEach(c -> fromSource.merge(c.measure(), c.count(), Long::sum));
        Set<String> measures = new TreeSet<>(fromSource.keySet());
        projection.totals().forEach((m, n) -> {
            if (owns(source, m) && n != 0) {
                measures.add(m);
            }
        });
        for (String m : measures) {
            long s = fromSource.getOrDefault(m, 0L);
            long p = projection.totals().getOrDefault(m, 0L);
            checked.add(new Total(source.source(), m, s, p));
            if (s != p) {
                differences.add(new Difference(Type.TOTAL, source.source(), unitCode, m, null, null, Side.count(s),
                        Side.count(p)));
            }
        }
    }

    private static void records(SourceCounts source, ProjectedPositions projection, List<Difference> differences) {
        source.records().stream().sorted(Comparator.comparing(SourceCounts.RecordPosition::kind)
                .thenComparing(SourceCounts.RecordPosition::id)).forEach(r -> {
            ProjectedPositions.ProjectedRecord p = projection.records().get(r.kind() + ":" + r.id());
            Side says = new Side(null, r.sequence(), r.unitCode(), r.stock());
            if (p == null) {
                differences.add(new Difference(Type.MISSING_IN_PROJECTION, source.source(), r.unitCode(), r.stock(),
                        r.kind(), r.id(), says, null));
                return;
            }
            Side projected = side(p);
            if (p.sequence() < r.sequence()) {
                differences.add(new Difference(Type.BEHIND, source.source(), r.unitCode(), r.stock(), r.kind(),
                        r.id(), says, projected));
            } else if (p.sequence() > r.sequence()) {
                differences.add(new Difference(Type.AHEAD, source.source(), r.unitCode(), r.stock(), r.kind(),
                        r.id(), says, projected));
            }
            List<ProjectedPositions.Held> expected = r.stock() == null ? List.of()
                    : List.of(new ProjectedPositions.Held(r.unitCode(), r.stock()));
            if (!new HashSet<>(p.stocks()).equals(new HashSet<>(expected))) {
                differences.add(new Difference(Type.DIFFERENT_STOCK, source.source(), r.unitCode(), r.stock(),
                        r.kind(), r.id(), says, projected));
            }
        });
    }

    private static Side side(ProjectedPositions.ProjectedRecord p) {
        if (p.stocks().isEmpty()) {
            return new Side(null, p.sequence(), null, null);
        }
        String units = p.stocks().stream().map(ProjectedPositions.Held::unitCode).distinct()
                .collect(Collectors.joining(","));
        String stocks = p.stocks().stream().map(ProjectedPositions.Held::measure).collect(Collectors.joining(","));
        return new Side(null, p.sequence(), units, stocks);
    }

    private static int byUnitAndMeasure(List<String> a, List<String> b) {
        int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    }

}
