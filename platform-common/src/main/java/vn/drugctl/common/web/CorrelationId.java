package vn.drugctl.common.web;

import org.slf4j.MDC;
import vn.drugctl.common.correlation.CorrelationIds;

import java.util.Optional;

/**
 * The id that follows one user request through the gateway, the services and the events it causes, as the servlet
 * services see it: the current request's id (from the logging MDC, set by {@link CorrelationIdFilter}). The rules
 * (header, sanity check, accept or create) are platform-core's {@link CorrelationIds}, shared with the gateway.
 */
public final class CorrelationId {
    public static final String HEADER = CorrelationIds.HEADER;
    public static final String MDC_KEY = CorrelationIds.MDC_KEY;
    /** The request attribute holding the id, so that an error dispatch after the request keeps the same one. */
    public static final String ATTRIBUTE = CorrelationId.class.getName();

    private CorrelationId() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** The incoming id when it is well-formed, otherwise a new one. */
    public static String acceptOrCreate(String incoming) {
        return CorrelationIds.acceptOrCreate(incoming);
    }
}
