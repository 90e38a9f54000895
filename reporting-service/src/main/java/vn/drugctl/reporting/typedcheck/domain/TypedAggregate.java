package vn.drugctl.reporting.typedcheck.domain;

import vn.drugctl.common.domain.InvalidField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An aggregate report as a clerk typed it: its sections (one per list, hotspot kind, surveillance total...), the
 * flows between lists it states, the rates it states and the sums it states. Built only from counts that are
 * present where required, not negative and unique by section name, and from names that are given; otherwise {@link InvalidField} names the field
 * as the client sent it ({@code sections[2].removed}). Collections are never null (absent means empty).
 */
public record TypedAggregate(String unitName, LocalDate from, LocalDate to, List<Section> sections, List<Flow> flows,
                             List<Rate> rates, List<Sum> sums) {
    /** The largest count a report may state: a district's lists are in the hundreds, a country's in the millions. */
    public static final long MAX_COUNT = 1_000_000_000L;
    /** The most sections (or flows, rates, sums) one report may have. */
    public static final int MAX_ITEMS = 200;

    public TypedAggregate {
        sections = List.copyOf(sections == null ? List.of() : sections);
        flows = List.copyOf(flows == null ? List.of() : flows);
        rates = List.copyOf(rates == null ? List.of() : rates);
        sums = List.copyOf(sums == null ? List.of() : sums);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidField("to", "must not be before from (" + from + "), was " + to);
        }
        size("sections", sections.size());
        size("flows", flows.size());
        size("rates", rates.size());
        size("sums", sums.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String at = "sections[" + i + "]";
            name(at + ".name", s.name());
            if (!names.add(s.name())) {
                throw new InvalidField(at + ".name", "must be unique in the report, '" + s.name()
                        + "' is given twice");
            }
            valid(at, s);
        }
        for (int i = 0; i < flows.size(); i++) {
            name("flows[" + i + "].fromSection", flows.get(i).fromSection());
            name("flows[" + i + "].toSection", flows.get(i).toSection());
            count("flows[" + i + "].outCount", flows.get(i).outCount());
            count("flows[" + i + "].inCount", flows.get(i).inCount());
        }
        for (int i = 0; i < rates.size(); i++) {
            Rate r = rates.get(i);
            name("rates[" + i + "].name", r.name());
            count("rates[" + i + "].numerator", r.numerator());
            if (count("rates[" + i + "].denominator", r.denominator()) == 0) {
                throw new InvalidField("rates[" + i + "].denominator", "must be at least 1 (a rate of nothing "
                        + "tested is not a rate)");
            }
            percent("rates[" + i + "].statedPercent", r.statedPercent());
            percent("rates[" + i + "].tolerance", r.tolerance());
        }
        for (int i = 0; i < sums.size(); i++) {
            Sum s = sums.get(i);
            name("sums[" + i + "].name", s.name());
            size("sums[" + i + "].parts", s.parts().size());
            for (int j = 0; j < s.parts().size(); j++) {
                count("sums[" + i + "].parts[" + j + "]", s.parts().get(j));
            }
            count("sums[" + i + "].total", s.total());
        }
    }

    /** A section's counts: all present where required, none negative or absurd. */
    private static void valid(String at, Section s) {
        count(at + ".current", s.current());
        if (s.baseline() != null || s.added() != null || s.removed() != null) {
            count(at + ".baseline", s.baseline());
            count(at + ".added", s.added());
            count(at + ".removed", s.removed());
        }
        counts(at + ".addedByReason", s.addedByReason());
        counts(at + ".removedByReason", s.removedByReason());
        for (var stage : Map.of("breakdowns", s.breakdowns(), "baselineBreakdowns", s.baselineBreakdowns(),
                "addedBreakdowns", s.addedBreakdowns(), "removedBreakdowns", s.removedBreakdowns()).entrySet()) {
            stage.getValue().forEach((name, parts) -> counts(at + "." + stage.getKey() + "[" + name + "]", parts));
        }
    }

    private static void name(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidField(field, "must be given");
        }
    }

    private static void percent(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidField(field, "must be given");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
            throw new InvalidField(field, "must be between 0 and " + MAX_COUNT + ", was " + value.toPlainString());
        }
    }

    private static void size(String field, int size) {
        if (size > MAX_ITEMS) {
            throw new InvalidField(field, "must have at most " + MAX_ITEMS + " items, has " + size);
        }
    }

    /** The count at {@code field}: required, from 0 to {@link #MAX_COUNT}. */
    static long count(String field, Long value) {
        if (value == null) {
            throw new InvalidField(field, "must be given");
        }
        if (value < 0 || value > MAX_COUNT) {
            throw new InvalidField(field, "must be between 0 and " + MAX_COUNT + ", was " + value);
        }
        return value;
    }

    private static void counts(String field, Map<String, Long> values) {
        values.forEach((k, v) -> count(field + "[" + k + "]", v));
    }

    /**
     * One line of the report: {@code baseline + added − removed = current}, with added and removed by reason and any
     * breakdown (age band, DM1..DM3, H1..H10, class A/B, addict location...) of the current count and, when the report
     * gives them, of the baseline, added and removed counts. {@code baseline}, {@code added} and {@code removed} are
     * all given or all absent (a line that states only a current count and its breakdowns); {@code partial} names the
     * breakdowns and reason maps ({@code addedByReason}, {@code removedByReason}) that do not claim to be complete.
     */
    public record Section(String name, Long baseline, Long added, Map<String, Long> addedByReason, Long removed,
                          Map<String, Long> removedByReason, long current, Map<String, Map<String, Long>> breakdowns,
                          Map<String, Map<String, Long>> baselineBreakdowns,
                          Map<String, Map<String, Long>> addedBreakdowns,
                          Map<String, Map<String, Long>> removedBreakdowns, Set<String> partial) {
        public Section {
            addedByReason = ordered(addedByReason);
            removedByReason = ordered(removedByReason);
            breakdowns = copy(breakdowns);
            baselineBreakdowns = copy(baselineBreakdowns);
            addedBreakdowns = copy(addedBreakdowns);
            removedBreakdowns = copy(removedBreakdowns);
            partial = partial == null ? Set.of() : Set.copyOf(partial);
        }

        /** The line of a balance: baseline, added (by reason), removed (by reason), current. */
        public static Section balance(String name, long baseline, long added, Map<String, Long> addedByReason,
                                      long removed, Map<String, Long> removedByReason, long current) {
            return new Section(name, baseline, added, addedByReason, removed, removedByReason, current, null, null,
                    null, null, null);
        }

        /** This line with a breakdown of its current count. */
        public Section withBreakdown(String breakdown, Map<String, Long> parts) {
            return new Section(name, baseline, added, addedByReason, removed, removedByReason, current,
                    with(breakdowns, breakdown, parts), baselineBreakdowns, addedBreakdowns, removedBreakdowns,
                    partial);
        }

        /** This line with a breakdown of each of its four counts (baseline, added, removed, current). */
        public Section withBreakdowns(String breakdown, Map<String, Long> baselineParts, Map<String, Long> addedParts,
                                      Map<String, Long> removedParts, Map<String, Long> currentParts) {
            return new Section(name, baseline, added, addedByReason, removed, removedByReason, current,
                    with(breakdowns, breakdown, currentParts), with(baselineBreakdowns, breakdown, baselineParts),
                    with(addedBreakdowns, breakdown, addedParts), with(removedBreakdowns, breakdown, removedParts),
                    partial);
        }

        /** This line, saying the named breakdown or reason map lists only some of its parts. */
        public Section withPartial(String breakdown) {
            Set<String> more = new HashSet<>(partial);
            more.add(breakdown);
            return new Section(name, baseline, added, addedByReason, removed, removedByReason, current, breakdowns,
                    baselineBreakdowns, addedBreakdowns, removedBreakdowns, more);
        }

        /** Whether the line states a balance (baseline, added and removed), not only a current count. */
        public boolean hasBalance() {
            return baseline != null;
        }

        private static Map<String, Long> ordered(Map<String, Long> counts) {
            return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts == null ? Map.of() : counts));
        }

        private static Map<String, Map<String, Long>> copy(Map<String, Map<String, Long>> breakdowns) {
            Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
            if (breakdowns != null) {
                breakdowns.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(
                        new LinkedHashMap<>(v == null ? Map.of() : v))));
            }
            return java.util.Collections.unmodifiableMap(copy);
        }

        private static Map<String, Map<String, Long>> with(Map<String, Map<String, Long>> breakdowns, String name,
                                                          Map<String, Long> parts) {
            Map<String, Map<String, Long>> more = new LinkedHashMap<>(breakdowns);
            if (parts != null) {
                more.put(name, parts);
            }
            return more;
        }
    }

    /**
     * A transfer the report states between two of its lists: {@code outCount} left {@code fromSection} for
     * {@code toSection}, {@code inCount} arrived in {@code toSection} from {@code fromSection}.
     */
    public record Flow(String fromSection, String toSection, long outCount, long inCount) {
    }

    /**
     * A rate the report states, in percent: {@code numerator / denominator × 100}, matched within {@code tolerance}
     * percentage points (0.05 when the report states none; 0.5 for a rate stated in whole percent). The denominator
     * is at least 1.
     */
    public record Rate(String name, long numerator, long denominator, BigDecimal statedPercent,
                       BigDecimal tolerance) {
        /** The tolerance when the report states none, in percentage points. */
        public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.05");

        public Rate {
            tolerance = tolerance == null ? DEFAULT_TOLERANCE : tolerance;
        }
    }

    /** A total the report states as the sum of its parts ("addicts = in community + in rehab"). */
    public record Sum(String name, List<Long> parts, long total) {
        public Sum {
            parts = List.copyOf(parts == null ? List.of() : parts);
        }
    }
}
