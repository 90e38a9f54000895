package vn.drugctl.common.web;

import org.springframework.http.HttpStatus;
import vn.drugctl.common.problem.ProblemType;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rejection the API answers with an RFC 9457 problem: a stable {@code type}, a title, a detail naming the
 * field or rule, and optional extra properties.
 */
public class ApiProblem extends RuntimeException {
    public static final String TYPE_BASE = ProblemType.TYPE_BASE;

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public static ApiProblem notFound(String what, String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", what + " not found", detail);
    }

    public static ApiProblem conflict(String type, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, type, "Conflict", detail);
    }

    /** 422: the request is well-formed but a business rule forbids it; {@code rule} names the rule. */
    public static ApiProblem ruleViolation(String rule, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", "Rule violated", detail)
                .with("rule", rule);
    }

    public static ApiProblem badRequest(String field, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail)
                .with("errors", java.util.List.of(Map.of("field", field, "message", detail)));
    }

    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return URI.create(TYPE_BASE + type);
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
