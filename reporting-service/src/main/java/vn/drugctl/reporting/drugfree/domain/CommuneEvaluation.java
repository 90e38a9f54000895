package vn.drugctl.reporting.drugfree.domain;

import java.util.List;

/**
 * A commune judged for a year: drug-free when every criterion of the rule set passed.
 *
 * @param failedCriteria the ids of the criteria that failed, in the rule set's order
 * @param criteria       every criterion of the set with its number; the failed ones with their records
 */
public record CommuneEvaluation(String unitCode, String unitName, boolean drugFree, List<String> failedCriteria,
                                List<CriterionResult> criteria) {
    public CommuneEvaluation {
        failedCriteria = List.copyOf(failedCriteria);
        criteria = List.copyOf(criteria);
    }
}
