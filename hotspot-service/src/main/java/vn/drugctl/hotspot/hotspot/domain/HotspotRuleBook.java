package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.rules.DatedRuleSets;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hotspot lifecycle's rules as they change with the guidance: dated rule sets (platform-core's
 * {@link DatedRuleSets}); a step is judged by the set in force on its business date.
 */
public record HotspotRuleBook(List<RuleSet> sets) {
    public HotspotRuleBook {
        sets = new DatedRuleSets<>("hotspot", sets).sets();
    }

    /** The rule set in force on {@code date}; 422 {@code no-rules-in-force} before the first one. */
    public RuleSet at(LocalDate date) {
        return DatedRuleSets.inForce("hotspot", sets, date);
    }

    /**
     * One step a rule set allows.
     *
     * @param from    the statuses it may leave (ignored for ADD)
     * @param kinds   the kinds it applies to; empty: every kind
     * @param reasons the reasons it may give
     */
    public record StepRule(LifecycleStep step, Set<HotspotStatus> from, Set<HotspotKind> kinds,
                           Set<HotspotReason> reasons) {
        public StepRule {
            from = from == null ? Set.of() : Set.copyOf(from);
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
            reasons = Set.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("step " + step + " allows no reason");
            }
        }
    }

    public record RuleSet(String id, LocalDate effectiveFrom, String source, List<StepRule> steps)
            implements DatedRuleSets.Dated {
        public RuleSet {
            steps = List.copyOf(steps);
            if (steps.stream().map(StepRule::step).distinct().count() != steps.size()) {
                throw new IllegalArgumentException("rule set " + id + " names a step twice");
            }
        }

        public Optional<StepRule> rule(LifecycleStep step) {
            return steps.stream().filter(r -> r.step() == step).findFirst();
        }

        /**
         * @param status the point's status before the step ({@code null} for ADD)
         * @param kind   its kind before the step
         * @throws RuleViolation {@code <id>/step} when the set has no such step or not from this status,
         *                       {@code <id>/kind} when not for this kind, {@code <id>/reason} when not for this reason
         */
        public void check(LifecycleStep step, HotspotStatus status, HotspotKind kind, HotspotReason reason) {
            StepRule rule = rule(step).orElseThrow(() -> new RuleViolation(id + "/step", "Under " + describe()
                    + ", there is no step " + step + " (" + step.label() + ")").with("ruleSet", id)
                    .with("step", step));
            if (step != LifecycleStep.ADD && !rule.from().contains(status)) {
                throw new RuleViolation(id + "/step", "Under " + describe() + ", a " + status + " point cannot be "
                        + past(step) + "; " + step + " is allowed from " + sorted(rule.from()))
                        .with("ruleSet", id).with("step", step).with("status", status)
                        .with("allowedFrom", sorted(rule.from()));
            }
            if (!rule.kinds().isEmpty() && !rule.kinds().contains(kind)) {
                throw new RuleViolation(id + "/kind", "Under " + describe() + ", " + step + " applies only to "
                        + sorted(rule.kinds()) + ", not to a " + kind).with("ruleSet", id).with("step", step)
                        .with("kind", kind).with("allowedKinds", sorted(rule.kinds()));
            }
            if (!rule.reasons().contains(reason)) {
                throw new RuleViolation(id + "/reason", "Under " + describe() + ", " + step + " is allowed only for "
                        + sorted(rule.reasons()) + ", not " + reason).with("ruleSet", id).with("step", step)
                        .with("allowedReasons", sorted(rule.reasons()));
            }
        }

        public String describe() {
            return "rule set " + id + " (in force from " + effectiveFrom + (source == null ? "" : ", " + source) + ")";
        }

        private static String past(LifecycleStep step) {
            return switch (step) {
                case ADD -> "added";
                case ESCALATE -> "escalated";
                case NEUTRALISE -> "neutralised";
                case ERADICATE -> "eradicated";
                case REMOVE -> "removed";
                case REACTIVATE -> "reactivated";
            };
        }

        private static List<String> sorted(Set<? extends Enum<?>> values) {
            return values.stream().map(Enum::name).sorted().toList();
        }
    }
}
