package vn.drugctl.hotspot.surveillance.domain;

import vn.drugctl.common.domain.RuleViolation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of surveillance records as they change (dated rule sets from {@code drugctl/surveillance-rules.yml}):
 * for each kind, which subjects it may watch, whether it is classified (category, system and class required) and for
 * which reasons it may be closed. A step is judged by the set in force on its business date.
 */
public record SurveillanceRules(List<RuleSet> sets) {
    public SurveillanceRules {
        if (sets == null || sets.isEmpty()) {
            throw new IllegalArgumentException("surveillance rules need at least one rule set");
        }
        sets = sets.stream().sorted(Comparator.comparing(RuleSet::effectiveFrom)).toList();
        if (sets.stream().map(RuleSet::effectiveFrom).distinct().count() != sets.size()) {
            throw new IllegalArgumentException("two surveillance rule sets take effect on the same day");
        }
    }

    /**
     * @throws RuleViolation {@code surveillance/no-rules-in-force} before the first set
     */
    public RuleSet at(LocalDate date) {
        RuleSet inForce = null;
        for (RuleSet set : sets) {
            if (!set.effectiveFrom().isAfter(date)) {
                inForce = set;
            }
        }
        if (inForce == null) {
            throw new RuleViolation("surveillance/no-rules-in-force", "No surveillance rules are in force on " + date
                    + "; the earliest rule set (" + sets.getFirst().id() + ") takes effect on "
                    + sets.getFirst().effectiveFrom()).with("businessDate", date.toString());
        }
        return inForce;
    }

    /** What a kind may be under one rule set. */
    public record KindRule(Set<SubjectType> subjects, boolean classified, Set<ClosingReason> closingReasons) {
        public KindRule {
            subjects = Set.copyOf(subjects);
            closingReasons = Set.copyOf(closingReasons);
        }
    }

    public record RuleSet(String id, LocalDate effectiveFrom, String source, Map<SurveillanceKind, KindRule> kinds) {
        public RuleSet {
            kinds = Map.copyOf(kinds);
        }

        /** @throws RuleViolation {@code <id>/kind} when the kind may not be opened under this set */
        public KindRule kind(SurveillanceKind kind) {
            KindRule rule = kinds.get(kind);
            if (rule == null) {
                throw new RuleViolation(id + "/kind", "Under " + describe() + ", no " + kind + " record may be opened")
                        .with("ruleSet", id).with("kind", kind.name());
            }
            return rule;
        }

        public void checkSubject(SurveillanceKind kind, SubjectType subject) {
            KindRule rule = kind(kind);
            if (!rule.subjects().contains(subject)) {
                throw new RuleViolation(id + "/subject", "Under " + describe() + ", a " + kind + " record watches "
                        + sorted(rule.subjects()) + ", not a " + subject).with("ruleSet", id)
                        .with("allowedSubjects", sorted(rule.subjects()));
            }
        }

        public void checkClassification(SurveillanceKind kind, Classification classification) {
            KindRule rule = kind(kind);
            if (rule.classified() && classification == null) {
                throw new RuleViolation(id + "/classification-required", "Under " + describe() + ", a " + kind
                        + " record needs a category, system and class").with("ruleSet", id);
            }
        }

        public void checkClosing(SurveillanceKind kind, ClosingReason reason) {
            KindRule rule = kind(kind);
            if (!rule.closingReasons().contains(reason)) {
                throw new RuleViolation(id + "/closing-reason", "Under " + describe() + ", a " + kind
                        + " record is closed only for " + sorted(rule.closingReasons()) + ", not " + reason)
                        .with("ruleSet", id).with("allowedReasons", sorted(rule.closingReasons()));
            }
        }

        public String describe() {
            return "rule set " + id + " (in force from " + effectiveFrom + (source == null ? "" : ", " + source) + ")";
        }

        private static List<String> sorted(Set<? extends Enum<?>> values) {
            return values.stream().map(Enum::name).sorted().toList();
        }
    }
}
