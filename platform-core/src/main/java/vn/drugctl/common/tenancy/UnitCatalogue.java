package vn.drugctl.common.tenancy;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read-only tree of units: province → (district) → commune, with validity dates and merges. */
public final class UnitCatalogue {
    private final Map<String, Unit> byCode;

    UnitCatalogue(Collection<Unit> units) {
        Map<String, Unit> map = new LinkedHashMap<>();
        units.stream().sorted(Comparator.comparing((Unit u) -> String.join("/", u.path())))
                .forEach(u -> map.put(u.code(), u));
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    private final List<Unit> ordered;

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public Unit require(String code) {
        return find(code).orElseThrow(() -> new UnknownUnitException(code));
    }

    /** All units, parents before children. */
    public List<Unit> all() {
        return ordered;
    }

    /** The unit and every unit below it. */
    public List<Unit> subtree(String code) {
        Unit root = require(code);
        return ordered.stream().filter(root::contains).toList();
    }

    public List<Unit> children(String code) {
        return ordered.stream().filter(u -> code.equals(u.parentCode())).toList();
    }

    /** Follows merges: the unit that now holds the records of {@code code}. */
    public Unit successor(String code) {
        Unit unit = require(code);
        int hops = 0;
        while (unit.mergedInto() != null && hops++ < byCode.size()) {
            unit = require(unit.mergedInto());
        }
        return unit;
    }

    /**
     * The unit holding the records of {@code code} on {@code date}: the unit itself up to its {@code validTo}, from the
     * next day the unit it was merged into, and so on along the merges by their dates. A unit that stopped without a
     * merge keeps holding its records.
     */
    public Unit holderOn(String code, java.time.LocalDate date) {
        Unit unit = require(code);
        int hops = 0;
        while (unit.mergedInto() != null && unit.validTo() != null && date.isAfter(unit.validTo())
                && hops++ < byCode.size()) {
            unit = require(unit.mergedInto());
        }
        return unit;
    }

    /**
     * The days on which the holder of {@code code}'s records changes (the day after each {@code validTo} along its
     * merges), earliest first; empty for a unit never merged.
     */
    public List<java.time.LocalDate> mergeDates(String code) {
        List<java.time.LocalDate> dates = new java.util.ArrayList<>();
        Unit unit = require(code);
        int hops = 0;
        while (unit.mergedInto() != null && unit.validTo() != null && hops++ < byCode.size()) {
            java.time.LocalDate next = unit.validTo().plusDays(1);
            if (dates.isEmpty() || next.isAfter(dates.getLast())) {
                dates.add(next);
            }
            unit = require(unit.mergedInto());
        }
        return dates;
    }

    public int size() {
        return byCode.size();
    }
}
