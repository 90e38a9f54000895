package vn.drugctl.common.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request is well-formed but a business rule forbids it (422). {@link #rule()} is the rule's stable name
 * (e.g. {@code law-73-2021/transition}); extra properties say what the rule looked at.
 */
public class RuleViolation extends RuntimeException {
    private final String rule;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public RuleViolation with(String name, Object value) {
        if (value != null) {
            properties.put(name, value);
        }
        return this;
    }

    public String rule() {
        return rule;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
