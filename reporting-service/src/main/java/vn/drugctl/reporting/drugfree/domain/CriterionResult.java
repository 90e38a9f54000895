package vn.drugctl.reporting.drugfree.domain;

import java.util.List;

/**
 * One criterion judged for one commune: the number found against the limit; when it failed, the records behind the
 * number (empty when it passed).
 */
public record CriterionResult(String id, CheckKind kind, String description, long found, long limit, boolean passed,
                              List<RecordRef> records) {
    public CriterionResult {
        records = List.copyOf(records);
    }
}
