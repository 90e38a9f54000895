package vn.drugctl.reporting.typedcheck.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One broken rule of a typed report. {@code rule} is a stable id ({@link AggregateChecks#BALANCE} and the others),
 * {@code where} the section or line it concerns in the report's own words, {@code at} the input field it comes from
 * ({@code sections[3].removedByReason}), {@code message} the arithmetic in English ("POST_REHAB: 13 + 0 − 7 = 6, but
 * current is 8") and {@code numbers} the numbers involved by name, in a fixed order (never null).
 */
public record Violation(String rule, String where, String at, String message, Map<String, Object> numbers) {
    public Violation {
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }

    /** A number involved, by name (null when the violation has no such number). */
    public Object number(String name) {
        return numbers.get(name);
    }
}
