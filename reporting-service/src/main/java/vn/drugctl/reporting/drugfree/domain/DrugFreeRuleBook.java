package vn.drugctl.reporting.drugfree.domain;

import vn.drugctl.common.rules.DatedRuleSets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The drug-free criteria as they change with the law (Decision 28/2025 on the criteria of drug-free communes and
 * what came before): dated rule sets (platform-core's {@link DatedRuleSets}). A year is judged by the set in force on
 * its evaluation date (31 December, or today for the current year), so a set that takes effect during a year
 * already judges that year. To follow a new decision, add a set; never edit one that past years were judged by.
 */
public record DrugFreeRuleBook(List<RuleSet> sets) {
    public DrugFreeRuleBook {
        sets = new DatedRuleSets<>("drug-free", sets).sets();
    }

    /** The set in force on {@code date}; 422 {@code no-rules-in-force} before the first one. */
    public RuleSet at(LocalDate date) {
        return DatedRuleSets.inForce("drug-free", sets, date);
    }

    /** One set of criteria, in force from {@code effectiveFrom}; {@code source} names the decision behind it. */
    public record RuleSet(String id, LocalDate effectiveFrom, String source, List<Criterion> criteria)
            implements DatedRuleSets.Dated {
        public RuleSet {
            criteria = List.copyOf(criteria);
            if (criteria.isEmpty()) {
                throw new IllegalArgumentException("drug-free rule set " + id + " has no criterion");
            }
            Set<String> ids = new HashSet<>();
            for (Criterion c : criteria) {
                if (!ids.add(c.id())) {
                    throw new IllegalArgumentException("drug-free rule set " + id + " names criterion " + c.id()
                            + " twice");
                }
            }
        }

        /**
         * Judges one commune: each criterion's number from {@code figures} against its limit; for each one that
         * fails, the records behind it from {@code records} (asked only then).
         */
        public CommuneEvaluation evaluate(String unitCode, String unitName, Figures figures, RecordFinder records) {
            List<CriterionResult> results = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (Criterion c : criteria) {
                long found = c.found(figures);
                boolean passed = found <= c.limit();
                if (!passed) {
                    failed.add(c.id());
                }
                results.add(new CriterionResult(c.id(), c.kind(), c.description(), found, c.limit(), passed,
                        passed ? List.of() : records.behind(c)));
            }
            return new CommuneEvaluation(unitCode, unitName, failed.isEmpty(), failed, results);
        }
    }
}
