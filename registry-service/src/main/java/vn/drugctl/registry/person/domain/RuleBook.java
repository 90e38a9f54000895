package vn.drugctl.registry.person.domain;

import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.rules.DatedRuleSets;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the registry as they change with the law: dated rule sets (Law 73/2021, the 2025 law...). A change
 * is judged by the rule set in force on its business date (platform-core's {@link DatedRuleSets}).
 */
public record RuleBook(List<RuleSet> sets) {
    public RuleBook {
        sets = new DatedRuleSets<>("registry", sets).sets();
    }

    /** The rule set in force on {@code date} ({@link DatedRuleSets#at}: 422 {@code no-rules-in-force} before the first). */
    public RuleSet at(LocalDate date) {
        return DatedRuleSets.inForce("registry", sets, date);
    }

    /** A transition between main lists; {@code null} stands for "on no list". */
    public record Transition(MainList from, MainList to, Set<ChangeReason> reasons) {
        public Transition {
            reasons = Set.copyOf(reasons);
        }
    }

    /** How long a list's management lasts and where the person goes when it ends ({@code null}: off the lists). */
    public record ManagementPeriod(Period duration, MainList then) {
    }

    /** Which reasons may set and clear a flag. */
    public record FlagRule(Set<ChangeReason> set, Set<ChangeReason> clear) {
        public FlagRule {
            set = Set.copyOf(set);
            clear = Set.copyOf(clear);
        }
    }

    public record RuleSet(String id, LocalDate effectiveFrom, String source, Map<MainList, ManagementPeriod> periods,
                          List<Transition> transitions, Map<Flag, FlagRule> flags) implements DatedRuleSets.Dated {
        public RuleSet {
            periods = Map.copyOf(periods);
            transitions = List.copyOf(transitions);
            flags = Map.copyOf(flags);
        }

        /**
         * @throws RuleViolation {@code <id>/transition} when the move is not allowed at all,
         *                       {@code <id>/reason} when it is allowed but not for this reason
         */
        public void checkMove(MainList from, MainList to, ChangeReason reason) {
            Transition transition = transitions.stream()
                    .filter(t -> t.from() == from && t.to() == to).findFirst()
                    .orElseThrow(() -> new RuleViolation(id + "/transition", "Under " + describe() + ", a person "
                            + (from == null ? "on no list" : "on " + from) + " cannot "
                            + (to == null ? "leave the lists" : "move to " + to))
                            .with("ruleSet", id).with("from", from).with("to", to));
            if (!transition.reasons().contains(reason)) {
                throw new RuleViolation(id + "/reason", "Under " + describe() + ", "
                        + (from == null ? "no list" : from) + " → " + (to == null ? "no list" : to)
                        + " is allowed only for " + sorted(transition.reasons()) + ", not " + reason)
                        .with("ruleSet", id).with("allowedReasons", sorted(transition.reasons()));
            }
        }

        public void checkFlag(Flag flag, boolean set, ChangeReason reason) {
            FlagRule rule = flags.get(flag);
            Set<ChangeReason> allowed = rule == null ? Set.of() : set ? rule.set() : rule.clear();
            if (!allowed.contains(reason)) {
                throw new RuleViolation(id + "/flag-reason", "Under " + describe() + ", " + flag + " is "
                        + (set ? "set" : "cleared") + " only for " + sorted(allowed) + ", not " + reason)
                        .with("ruleSet", id).with("allowedReasons", sorted(allowed));
            }
        }

        public String describe() {
            return "rule set " + id + " (in force from " + effectiveFrom + (source == null ? "" : ", " + source) + ")";
        }

        private static List<String> sorted(Set<ChangeReason> reasons) {
            return reasons.stream().map(Enum::name).sorted().toList();
        }
    }
}
