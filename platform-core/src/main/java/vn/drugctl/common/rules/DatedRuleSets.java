package vn.drugctl.common.rules;

import vn.drugctl.common.domain.RuleViolation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Rule sets that follow the law: each takes effect on its own date and stays in force until the next one does. A
 * change is judged by {@link #at the set in force on its business date}, so old records keep being judged by the
 * rules of their time. To follow a new law, add a set; never edit one that past records were judged by.
 *
 * <p>Checked when built: at least one set, no two sets with the same id or taking effect on the same day (which one
 * would be in force would be a coin toss). Free of any framework: a service's domain holds its rule book on it.
 *
 * @param <S> a service's own rule set
 */
public final class DatedRuleSets<S extends DatedRuleSets.Dated> {

    /** What a rule set needs for dating: a stable id (named in every refusal) and the day it takes effect. */
    public interface Dated {
        String id();

        LocalDate effectiveFrom();
    }

    private final String what;
    private final List<S> sets;

    /**
     * @param what whose rules these are, for messages ("registry", "hotspot")
     * @throws IllegalArgumentException when there is no set, or two share an id or an effective date
     */
    public DatedRuleSets(String what, List<S> sets) {
        this.what = Objects.requireNonNull(what, "what");
        if (sets == null || sets.isEmpty()) {
            throw new IllegalArgumentException("a rule book needs at least one rule set");
        }
        Set<LocalDate> dates = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (S set : sets) {
            Objects.requireNonNull(set.effectiveFrom(), "effectiveFrom of rule set " + set.id());
            if (!dates.add(set.effectiveFrom())) {
                throw new IllegalArgumentException("two rule sets take effect on the same day");
            }
            if (!ids.add(set.id())) {
                throw new IllegalArgumentException("two rule sets share the id " + set.id());
            }
        }
        this.sets = sets.stream().sorted(Comparator.comparing(Dated::effectiveFrom)).toList();
    }

    /** The sets, earliest first. */
    public List<S> sets() {
        return sets;
    }

    /**
     * The set in force on {@code date}: the one with the latest effective date on or before it.
     *
     * @throws RuleViolation {@code no-rules-in-force} (422) when the date is before the earliest set
     */
    public S at(LocalDate date) {
        return inForce(what, sets, date);
    }

    /**
     * The set of {@code sets} (earliest first, as {@link #sets()} keeps them) in force on {@code date}; for a rule
     * book that keeps its checked sets itself.
     *
     * @throws RuleViolation {@code no-rules-in-force} (422) when the date is before the earliest set
     */
    public static <S extends Dated> S inForce(String what, List<S> sets, LocalDate date) {
        S inForce = null;
        for (S set : sets) {
            if (!set.effectiveFrom().isAfter(date)) {
                inForce = set;
            }
        }
        if (inForce == null) {
            throw new RuleViolation("no-rules-in-force", "No " + what + " rules are in force on " + date
                    + "; the earliest rule set (" + sets.getFirst().id() + ") takes effect on "
                    + sets.getFirst().effectiveFrom()).with("businessDate", date.toString());
        }
        return inForce;
    }
}
