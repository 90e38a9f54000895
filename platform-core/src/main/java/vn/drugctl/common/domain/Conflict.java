package vn.drugctl.common.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request collides with what is stored (409), e.g. a person already registered; {@link #type()} is the
 * problem type's stable name and the properties say what it collides with (minimal disclosure).
 */
public class Conflict extends RuntimeException {
    private final String type;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public Conflict(String type, String message) {
        super(message);
        this.type = type;
    }

    public Conflict with(String name, Object value) {
        if (value != null) {
            properties.put(name, value);
        }
        return this;
    }

    public String type() {
        return type;
    }

    public Map<String, Object> properties() {
        return java.util.Collections.unmodifiableMap(properties);
    }
}
