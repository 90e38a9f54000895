package vn.drugctl.common.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules of the id that follows one user request through the gateway, the services and the events it causes:
 * carried in the {@value #HEADER} header, logged under the MDC key {@value #MDC_KEY}. An incoming id is kept only
 * when it is sane (8 to 64 of {@code A-Z a-z 0-9 . _ -}, so it cannot inject into logs or headers); otherwise a new
 * random UUID replaces it. The gateway and the services apply the same rule, so an id the gateway accepted is
 * accepted downstream unchanged.
 */
public final class CorrelationIds {
    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private CorrelationIds() {
    }

    public static boolean isSane(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches();
    }

    /** The incoming id when it is sane, otherwise a new one. */
    public static String acceptOrCreate(String incoming) {
        return isSane(incoming) ? incoming : UUID.randomUUID().toString();
    }
}
