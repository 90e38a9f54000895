package vn.drugctl.reporting.periodreport.application;

import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which units' records make a unit's report on which days, now that units are merged (sáp nhập, the 2025 reform):
 * the records of a unit count for the report of {@code X} on a day when the unit holding them that day
 * ({@link UnitCatalogue#holderOn}) is {@code X} or lies below it, once per unit holding them in turn. So a merged unit keeps its past reports (its records
 * count for it up to its last day), and the unit it was merged into counts them from the day after.
 */
public final class UnitMerges {
    /** Days {@code [start, end)}; {@code start} null: from the beginning, {@code end} null: for ever. */
    public record Window(LocalDate start, LocalDate end) {
        public static final Window ALWAYS = new Window(null, null);
    }

    private final UnitCatalogue catalogue;
    private final Map<String, Map<List<Window>, Set<String>>> cache = new ConcurrentHashMap<>();

    public UnitMerges(UnitCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The units whose records count for {@code unitCode}'s report, grouped by the days they count on (units that
     * count on the same days share one group, so a report reads each group's counters once).
     */
    public Map<List<Window>, Set<String>> contributors(String unitCode) {
        return cache.computeIfAbsent(unitCode, code -> {
            Unit root = catalogue.require(code);
            Map<List<Window>, Set<String>> groups = new LinkedHashMap<>();
            for (Unit unit : catalogue.all()) {
                List<Window> windows = windows(root, unit.code());
                if (!windows.isEmpty()) {
                    groups.computeIfAbsent(windows, k -> new TreeSet<>()).add(unit.code());
                }
            }
            return Map.copyOf(groups);
        });
    }

    /** Whether no merge touches {@code unitCode}'s report: its subtree's records always, and nothing else. */
    public boolean untouched(String unitCode) {
        Map<List<Window>, Set<String>> groups = contributors(unitCode);
        return groups.size() == 1 && groups.containsKey(List.of(Window.ALWAYS));
    }

    /**
     * The days the records of {@code code} count for {@code root}: one window per unit of {@code root}'s subtree that
     * holds them, so a merge between two units of the subtree still shows as removed from one and added to the other
     * (a roll-up is then exactly the sum of its units' reports, as with transfers).
     */
    private List<Window> windows(Unit root, String code) {
        List<Window> windows = new ArrayList<>();
        Unit holder = catalogue.require(code);
        LocalDate heldSince = null;
        for (LocalDate change : catalogue.mergeDates(code)) {
            Unit next = catalogue.holderOn(code, change);
            if (next.code().equals(holder.code())) {
                continue;
            }
            if (root.contains(holder)) {
                windows.add(new Window(heldSince, change));
            }
            holder = next;
            heldSince = change;
        }
        if (root.contains(holder)) {
            windows.add(new Window(heldSince, null));
        }
        return List.copyOf(windows);
    }
}
