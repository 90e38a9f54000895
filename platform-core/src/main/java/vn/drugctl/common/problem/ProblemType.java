package vn.drugctl.common.problem;

import java.net.URI;

/**
 * The problem types both stacks answer with (RFC 9457): a stable {@code type} URI under {@value #TYPE_BASE}, the
 * title that goes with it and its status. Clients branch on the type, never on the detail text; renaming a constant
 * changes nothing on the wire, changing a {@link #slug()} breaks clients.
 *
 * <p>Errors the frameworks raise themselves (Spring MVC, WebFlux, the servlet container, the security firewall) are
 * named by {@link #forStatus(int)}, so a 415 is {@code unsupported-media-type} at the gateway and in every service.
 * Every problem also carries the request's correlation id in the {@value #CORRELATION_ID} property. Types a service
 * names itself (a conflict's kind, e.g. {@code duplicate-person}) are built with {@link #uri(String)}.
 */
public enum ProblemType {
    INVALID_REQUEST(400, "invalid-request", "Invalid request"),
    MALFORMED_BODY(400, "malformed-body", "Malformed request body"),
    UNAUTHENTICATED(401, "unauthenticated", "Unauthenticated"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    OUT_OF_SCOPE(403, "out-of-scope", "Outside your unit's scope"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    RULE_VIOLATION(422, "rule-violation", "Rule violated"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL(500, "internal", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    IDENTITY_PROVIDER_UNAVAILABLE(503, "identity-provider-unavailable", "Identity provider unavailable");

    public static final String TYPE_BASE = "https://drugctl.vn/problems/";
    /** The problem property that carries the request's correlation id. */
    public static final String CORRELATION_ID = "correlationId";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** The stable name after {@value #TYPE_BASE}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return uri(slug);
    }

    /** The type URI of a problem named {@code slug}. */
    public static URI uri(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /**
     * The type of an error answer a framework produced with this status and nothing more specific: 400 is an
     * invalid request, 401/403/404/405/406/409/413/415/422/429 their own types, 503 service-unavailable, any other
     * 4xx an invalid request and any other 5xx internal.
     */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> RULE_VIOLATION;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? INVALID_REQUEST : INTERNAL;
        };
    }
}
