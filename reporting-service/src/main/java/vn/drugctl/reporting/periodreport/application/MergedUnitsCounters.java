package vn.drugctl.reporting.periodreport.application;

import vn.drugctl.reporting.ledger.application.Counters;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A unit's sums with merged units ({@link UnitMerges}): each group of contributing units is summed over the days it
 * counts. A unit that joins the report's units during the period brings its stocks in on the day it joins, as added
 * for {@link #MERGED_IN}; one that leaves them takes its stocks out on the day it leaves, as removed for
 * {@link #MERGED_OUT}; so every balance still holds and a roll-up still equals the sum of its parts. With no merge
 * touching the unit this is one subtree read, as before.
 *
 * <p>A merge is read from the unit catalogue, not from events: re-homing the records of a merged unit must not
 * publish transfers between the two units, or they would be counted twice.
 */
public final class MergedUnitsCounters implements Counters {
    /** In-reason of a stock brought in by a unit merged into the report's units. */
    public static final String MERGED_IN = "MERGED_IN";
    /** Out-reason of a stock taken out by a unit of the report's units merged into another. */
    public static final String MERGED_OUT = "MERGED_OUT";

    /** Stocks explained by {@code :in:}/{@code :out:} flows: a list's people, active points, open records. */
    private static final Pattern STOCK = Pattern.compile("L:[^:]+|H:[^:]+:[^:]+|SV:[^:]+|SV:[^:]+:cat:[^:]+");
    /** Stocks without flows of their own: breakdowns of the stocks above, watched and online points. */
    private static final Pattern BREAKDOWN = Pattern.compile("L:[^:]+:by:.+|HW:[^:]+|HC:[^:]+|SV:[^:]+:by:.+");

    private final Counters counters;
    private final UnitMerges merges;

    public MergedUnitsCounters(Counters counters, UnitMerges merges) {
        this.counters = counters;
        this.merges = merges;
    }

    @Override
    public void apply(List<Delta> deltas) {
        counters.apply(deltas);
    }

    @Override
    public Map<String, Long> totalsByUnit(String unitCode, String measure) {
        return counters.totalsByUnit(unitCode, measure);
    }

    @Override
    public Sums sumOf(Collection<String> unitCodes, LocalDate from, LocalDate to) {
        return counters.sumOf(unitCodes, from, to);
    }

    @Override
    public Sums sum(String unitCode, LocalDate from, LocalDate to) {
        if (merges.untouched(unitCode)) {
            return counters.sum(unitCode, from, to);
        }
        Map<String, Long> before = new HashMap<>();
        Map<String, Long> during = new HashMap<>();
        merges.contributors(unitCode).forEach((windows, codes) -> windows.forEach(w ->
                add(codes, w, from, to, before, during)));
        return new Sums(before, during);
    }

    private void add(Set<String> codes, UnitMerges.Window window, LocalDate from, LocalDate to,
                     Map<String, Long> before, Map<String, Long> during) {
        LocalDate start = window.start();
        LocalDate end = window.end();
        if ((end != null && !end.isAfter(from)) || (start != null && start.isAfter(to))) {
            return;
        }
        boolean inAtStart = start == null || !start.isAfter(from);
        boolean leavesInPeriod = end != null && !end.isAfter(to);
        Sums part = counters.sumOf(codes, inAtStart ? from : start, leavesInPeriod ? end.minusDays(1) : to);
        if (inAtStart) {
            part.before().forEach((m, n) -> before.merge(m, n, Long::sum));
        } else {
            part.before().forEach((m, n) -> {
                if (n != 0 && STOCK.matcher(m).matches()) {
                    during.merge(m, n, Long::sum);
                    during.merge(m + ":in:" + MERGED_IN, n, Long::sum);
                } else if (n != 0 && BREAKDOWN.matcher(m).matches()) {
                    during.merge(m, n, Long::sum);
                }
            });
        }
        part.during().forEach((m, n) -> during.merge(m, n, Long::sum));
        if (leavesInPeriod) {
            Set<String> measures = new HashSet<>(part.before().keySet());
            measures.addAll(part.during().keySet());
            for (String m : measures) {
                long n = part.upTo(m);
                if (n != 0 && STOCK.matcher(m).matches()) {
                    during.merge(m, -n, Long::sum);
                    during.merge(m + ":out:" + MERGED_OUT, n, Long::sum);
                } else if (n != 0 && BREAKDOWN.matcher(m).matches()) {
                    during.merge(m, -n, Long::sum);
                }
            }
        }
    }
}
