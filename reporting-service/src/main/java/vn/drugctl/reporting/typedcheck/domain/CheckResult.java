package vn.drugctl.reporting.typedcheck.domain;

import java.util.List;

/**
 * What checking a typed report found: every violation, in the order of the input (sections first, then flows,
 * rates and sums), and how many checks ran ({@code checked} ≥ the number of violations).
 */
public record CheckResult(List<Violation> violations, int checked) {
    public CheckResult {
        violations = List.copyOf(violations);
    }

    /** True when no rule is broken. */
    public boolean consistent() {
        return violations.isEmpty();
    }
}
