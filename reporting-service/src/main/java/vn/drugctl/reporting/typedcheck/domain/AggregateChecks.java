package vn.drugctl.reporting.typedcheck.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The balance and part-whole rules of a periodic report (DOMAIN.md "The periodic report"), checked on a report typed
 * by hand. Pure: the same report gives the same result, nothing is read or stored. Every rule that applies is checked
 * and every violation is returned, not only the first:
 * <ul>
 *   <li>{@value #BALANCE}: {@code baseline + added − removed = current} for each section, and for each category of a
 *   breakdown given for all four counts (added or removed may be left out when they are 0);</li>
 *   <li>{@value #REASONS_SUM}: a complete added-by-reason or removed-by-reason breakdown sums to its total;</li>
 *   <li>{@value #PART_WHOLE}: a complete breakdown (age band, DM1..DM3, H1..H10, class A/B, addict location...)
 *   sums to the count it breaks down; a partial one does not exceed it;</li>
 *   <li>{@value #RATE}: a stated percent is {@code numerator / denominator × 100} within its tolerance;</li>
 *   <li>{@value #FLOW_PAIR}: a flow out of one list matches the flow into the other, for stated flows and for
 *   {@code MOVED_TO_<LIST>} / {@code MOVED_FROM_<LIST>} reasons between two sections of the report;</li>
 *   <li>{@value #SUM}: a stated total equals the sum of its stated parts.</li>
 * </ul>
 */
public final class AggregateChecks {
    public static final String BALANCE = "balance";
    public static final String REASONS_SUM = "reasons-sum";
    public static final String PART_WHOLE = "part-whole";
    public static final String RATE = "rate";
    public static final String FLOW_PAIR = "flow-pair";
    public static final String SUM = "sum";
    /** The reason prefixes of a move between two lists of the report. */
    public static final String MOVED_TO = "MOVED_TO_";
    public static final String MOVED_FROM = "MOVED_FROM_";
    static final String MINUS = " \u2212 ";

    private final List<Violation> violations = new ArrayList<>();
    private int checked;

    private AggregateChecks() {
    }

    /** Every violation of the report's rules, and how many checks ran. */
    public static CheckResult check(TypedAggregate report) {
        AggregateChecks checks = new AggregateChecks();
        for (int i = 0; i < report.sections().size(); i++) {
            checks.section("sections[" + i + "]", report.sections().get(i));
        }
        checks.movesByReason(report.sections());
        for (int i = 0; i < report.flows().size(); i++) {
            checks.flow("flows[" + i + "]", report.flows().get(i));
        }
        for (int i = 0; i < report.rates().size(); i++) {
            checks.rate("rates[" + i + "]", report.rates().get(i));
        }
        for (int i = 0; i < report.sums().size(); i++) {
            checks.sum("sums[" + i + "]", report.sums().get(i));
        }
        return new CheckResult(checks.violations, checks.checked);
    }

    private void section(String at, TypedAggregate.Section s) {
        if (s.hasBalance()) {
            balance(s.name(), at, s.name(), s.baseline(), s.added(), s.removed(), s.current(), null, null);
            reasons(s, at, "addedByReason", "added", s.added(), s.addedByReason());
            reasons(s, at, "removedByReason", "removed", s.removed(), s.removedByReason());
        }
        breakdowns(s, at, "breakdowns", "current", s.current(), s.breakdowns());
        if (s.hasBalance()) {
            breakdowns(s, at, "baselineBreakdowns", "baseline", s.baseline(), s.baselineBreakdowns());
            breakdowns(s, at, "addedBreakdowns", "added", s.added(), s.addedBreakdowns());
            breakdowns(s, at, "removedBreakdowns", "removed", s.removed(), s.removedBreakdowns());
            categoryBalances(s, at);
        }
    }

    private void balance(String where, String at, String label, long baseline, long added, long removed,
                         long current, String breakdown, String category) {
        checked++;
        long computed = baseline + added - removed;
        if (computed != current) {
            Map<String, Object> numbers = new LinkedHashMap<>();
            if (breakdown != null) {
                numbers.put("breakdown", breakdown);
                numbers.put("category", category);
            }
            numbers.put("baseline", baseline);
            numbers.put("added", added);
            numbers.put("removed", removed);
            numbers.put("computed", computed);
            numbers.put("current", current);
            violations.add(new Violation(BALANCE, where, at, label + ": " + baseline + " + " + added + MINUS + removed
                    + " = " + computed + ", but current is " + current, numbers));
        }
    }

    private void reasons(TypedAggregate.Section s, String at, String field, String total, long count,
                         Map<String, Long> byReason) {
        if (byReason.isEmpty()) {
            return;
        }
        parts(REASONS_SUM, s.name() + " " + total + " by reason", at + "." + field, total, count, byReason,
                s.partial().contains(field));
    }

    private void breakdowns(TypedAggregate.Section s, String at, String field, String total, long count,
                            Map<String, Map<String, Long>> breakdowns) {
        breakdowns.forEach((name, parts) -> parts(PART_WHOLE, s.name() + " " + total + " by " + name,
                at + "." + field + "[" + name + "]", total, count, parts, s.partial().contains(name)));
    }

    private void parts(String rule, String where, String at, String total, long count, Map<String, Long> parts,
                       boolean partial) {
        checked++;
        long sum = parts.values().stream().mapToLong(Long::longValue).sum();
        if (partial ? sum <= count : sum == count) {
            return;
        }
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("parts", parts);
        numbers.put("partsSum", sum);
        numbers.put(total, count);
        numbers.put("complete", !partial);
        String terms = parts.isEmpty() ? "0" : parts.values().stream().map(String::valueOf)
                .collect(Collectors.joining(" + "));
        String message = where + ": " + terms + " = " + sum + (partial
                ? ", more than " + total + " " + count + " (a partial breakdown cannot exceed its total)"
                : ", but " + total + " is " + count);
        violations.add(new Violation(rule, where, at, message, numbers));
    }

    /** Each category of a breakdown the section gives for baseline, added (unless 0), removed (unless 0), current. */
    private void categoryBalances(TypedAggregate.Section s, String at) {
        for (String name : s.breakdowns().keySet()) {
            Map<String, Long> base = s.baselineBreakdowns().get(name);
            Map<String, Long> in = s.addedBreakdowns().get(name);
            Map<String, Long> out = s.removedBreakdowns().get(name);
            Map<String, Long> now = s.breakdowns().get(name);
            if (base == null || (in == null && s.added() != 0) || (out == null && s.removed() != 0)
                    || s.partial().contains(name)) {
                continue;
            }
            Set<String> categories = new LinkedHashSet<>(base.keySet());
            categories.addAll(now.keySet());
            if (in != null) {
                categories.addAll(in.keySet());
            }
            if (out != null) {
                categories.addAll(out.keySet());
            }
            for (String c : categories) {
                balance(s.name() + " " + name + " " + c, at + ".breakdowns[" + name + "][" + c + "]",
                        s.name() + " " + name + " " + c, base.getOrDefault(c, 0L),
                        in == null ? 0 : in.getOrDefault(c, 0L), out == null ? 0 : out.getOrDefault(c, 0L),
                        now.getOrDefault(c, 0L), name, c);
            }
        }
    }

    /** {@code MOVED_TO_<B>} out of section A against {@code MOVED_FROM_<A>} into section B, both in the report. */
    private void movesByReason(List<TypedAggregate.Section> sections) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            index.put(sections.get(i).name(), i);
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (TypedAggregate.Section s : sections) {
            s.removedByReason().keySet().stream().filter(r -> r.startsWith(MOVED_TO))
                    .map(r -> r.substring(MOVED_TO.length())).filter(index::containsKey)
                    .forEach(to -> pairs.add(s.name() + "\u0000" + to));
            s.addedByReason().keySet().stream().filter(r -> r.startsWith(MOVED_FROM))
                    .map(r -> r.substring(MOVED_FROM.length())).filter(index::containsKey)
                    .forEach(from -> pairs.add(from + "\u0000" + s.name()));
        }
        for (String pair : pairs) {
            String from = pair.substring(0, pair.indexOf('\u0000'));
            String to = pair.substring(pair.indexOf('\u0000') + 1);
            TypedAggregate.Section source = sections.get(index.get(from));
            TypedAggregate.Section target = sections.get(index.get(to));
            long out = source.removedByReason().getOrDefault(MOVED_TO + to, 0L);
            long in = target.addedByReason().getOrDefault(MOVED_FROM + from, 0L);
            String at = "sections[" + index.get(from) + "].removedByReason[" + MOVED_TO + to + "], sections["
                    + index.get(to) + "].addedByReason[" + MOVED_FROM + from + "]";
            flowPair(from, to, at, out, in);
        }
    }

    private void flow(String at, TypedAggregate.Flow f) {
        flowPair(f.fromSection(), f.toSection(), at, f.outCount(), f.inCount());
    }

    private void flowPair(String from, String to, String at, long out, long in) {
        checked++;
        if (out == in) {
            return;
        }
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("fromSection", from);
        numbers.put("toSection", to);
        numbers.put("outCount", out);
        numbers.put("inCount", in);
        String where = from + " \u2192 " + to;
        violations.add(new Violation(FLOW_PAIR, where, at, where + ": " + out + " out of " + from + ", but " + in
                + " into " + to, numbers));
    }

    private void rate(String at, TypedAggregate.Rate r) {
        checked++;
        BigDecimal computed = BigDecimal.valueOf(r.numerator()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(r.denominator()), 6, RoundingMode.HALF_UP);
        BigDecimal difference = computed.subtract(r.statedPercent()).abs();
        if (difference.compareTo(r.tolerance()) <= 0) {
            return;
        }
        BigDecimal shown = computed.setScale(2, RoundingMode.HALF_UP);
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("numerator", r.numerator());
        numbers.put("denominator", r.denominator());
        numbers.put("computedPercent", shown);
        numbers.put("statedPercent", r.statedPercent());
        numbers.put("tolerance", r.tolerance());
        violations.add(new Violation(RATE, r.name(), at, r.name() + ": " + r.numerator() + " / " + r.denominator()
                + " \u00d7 100 = " + shown.toPlainString() + " %, but " + r.statedPercent().toPlainString()
                + " % is stated (tolerance " + r.tolerance().toPlainString() + " points)", numbers));
    }

    private void sum(String at, TypedAggregate.Sum s) {
        checked++;
        long sum = s.parts().stream().mapToLong(Long::longValue).sum();
        if (sum == s.total()) {
            return;
        }
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("parts", s.parts());
        numbers.put("partsSum", sum);
        numbers.put("total", s.total());
        String terms = s.parts().isEmpty() ? "0" : s.parts().stream().map(String::valueOf)
                .collect(Collectors.joining(" + "));
        violations.add(new Violation(SUM, s.name(), at, s.name() + ": " + terms + " = " + sum + ", but total is "
                + s.total(), numbers));
    }
}
