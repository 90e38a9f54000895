package vn.drugctl.reporting.typedcheck.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.drugctl.reporting.typedcheck.domain.CheckResult;
import vn.drugctl.reporting.typedcheck.domain.Violation;

import java.util.List;
import java.util.Map;

/**
 * The answer of a check: {@code consistent} exactly when {@code violations} is empty; every violation found, in the
 * order of the input; {@code checked}, how many checks ran.
 */
@Schema(description = "consistent is true exactly when violations is empty; checked counts the checks that ran")
public record AggregateCheckResponse(boolean consistent, List<ViolationView> violations, int checked) {

    static AggregateCheckResponse of(CheckResult result) {
        return new AggregateCheckResponse(result.consistent(),
                result.violations().stream().map(ViolationView::new).toList(), result.checked());
    }

    /**
     * One violation as JSON: {@code rule}, {@code where}, {@code at}, {@code message}, then the numbers involved as
     * fields of their own (baseline, added, removed, computed, current; parts, partsSum, total; numerator,
     * denominator, computedPercent, statedPercent, tolerance; fromSection, toSection, outCount, inCount...).
     */
    @Schema(description = "rule: balance, reasons-sum, part-whole, rate, flow-pair or sum; where: the section or "
            + "line; at: the input field; message: the arithmetic; then the numbers involved, as fields (baseline, "
            + "added, removed, computed, current, breakdown, category; parts, partsSum, total, complete; numerator, "
            + "denominator, computedPercent, statedPercent, tolerance; fromSection, toSection, outCount, inCount)")
    @JsonPropertyOrder({"rule", "where", "at", "message"})
    public static final class ViolationView {
        private final Violation violation;

        ViolationView(Violation violation) {
            this.violation = violation;
        }

        @Schema(example = "balance")
        public String getRule() {
            return violation.rule();
        }

        @Schema(example = "POST_REHAB")
        public String getWhere() {
            return violation.where();
        }

        @Schema(example = "sections[0]")
        public String getAt() {
            return violation.at();
        }

        @Schema(example = "POST_REHAB: 13 + 0 − 7 = 6, but current is 8")
        public String getMessage() {
            return violation.message();
        }

        @JsonAnyGetter
        public Map<String, Object> numbers() {
            return violation.numbers();
        }
    }
}
