package vn.drugctl.gateway;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.TimeoutException;

/**
 * What the gateway answers itself when a route cannot pass a call to its service, as RFC 9457 problems naming the
 * service or the limit ({@link ServiceGuard} and {@link RequestBodyLimit} call it; the name stays from when these
 * answers were reached by a forward to {@code /fallback/...}, which security still denies from outside):
 * <ul>
 *   <li>503 {@code service-unavailable} with {@code Retry-After}: the service refused or broke off the connection,
 *       did not answer in time, or its circuit breaker is open;</li>
 *   <li>503 {@code service-busy} with {@code Retry-After}: the service's bulkhead is full;</li>
 *   <li>413 {@code payload-too-large}: the request body is over the route's limit;</li>
 *   <li>408 {@code request-timeout}: the caller's body was still arriving when the route's time limit struck.</li>
 * </ul>
 * One instance serves every route. Each failure of a service logs one warning with the request's correlation id (an open breaker logs nothing per
 * request: its opening was logged once).
 */
final class FallbackController {
    static final String RETRY_AFTER_SECONDS = "10";
    /** A full bulkhead empties within moments: try again soon. */
    static final String BUSY_RETRY_AFTER_SECONDS = "1";
    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);
    private final JsonMapper json;

    /** @param json the application's mapper, which writes a problem's extra properties at its top level */
    FallbackController(JsonMapper json) {
        this.json = json;
    }

    Mono<Void> busy(ServerWebExchange exchange, String service, int maxConcurrentCalls) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-busy", "Service busy",
                service + " is already handling the " + maxConcurrentCalls
                        + " requests the gateway lets through at once; try again in a moment", exchange);
        problem.setProperty("service", service);
        problem.setProperty("maxConcurrentCalls", maxConcurrentCalls);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, BUSY_RETRY_AFTER_SECONDS);
        return Problems.write(exchange, problem, json);
    }

    Mono<Void> tooLarge(ServerWebExchange exchange, long maxBytes, String what) {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                Character.toUpperCase(what.charAt(0)) + what.substring(1) + " may not exceed "
                        + Units.describe(DataSize.ofBytes(maxBytes)) + " (" + maxBytes + " bytes)", exchange);
        problem.setProperty("maxBytes", maxBytes);
        // the rest of the body is not read: the connection cannot carry another request
        exchange.getResponse().getHeaders().setConnection("close");
        return Problems.write(exchange, problem, json);
    }

    /** The answer to a call that failed inside the guard; an error it cannot place goes on to the error handler. */
    Mono<Void> failed(ServerWebExchange exchange, String service, Throwable cause) {
        return switch (cause) {
            case RequestBodyLimit.BodyTooLarge tooLarge -> tooLarge(exchange, tooLarge.maxBytes, tooLarge.what);
            case RequestBodyLimit.BodyTooSlow slow -> Problems.write(exchange, Problems.of(HttpStatus.REQUEST_TIMEOUT,
                    "request-timeout", "Request timeout", Character.toUpperCase(slow.what.charAt(0))
                            + slow.what.substring(1) + " did not arrive completely in the time this path allows",
                    exchange), json);
            case RequestBodyLimit.BodyBrokeOff brokeOff -> Problems.write(exchange, Problems.of(HttpStatus.BAD_REQUEST,
                    "bad-request", "Bad request", "The request body broke off before it was complete", exchange), json);
            case CallNotPermittedException _ -> {
                logWithCorrelationId(exchange, () -> log.debug("{} unavailable: its circuit breaker is open", service));
                yield unavailable(exchange, service,
                        service + " is not available right now (it failed repeatedly); try again shortly");
            }
            case TimeoutException _ -> {
                logWithCorrelationId(exchange, () -> log.warn("{} unavailable: {}", service, cause.toString()));
                yield unavailable(exchange, service, service + " did not answer in time; try again shortly");
            }
            default -> {
                if (!ServiceGuard.isServiceFailure(cause)) {
                    yield Mono.error(cause);
                }
                logWithCorrelationId(exchange, () -> log.warn("{} unavailable: {}", service, cause.toString()));
                yield unavailable(exchange, service, service + " is not available right now; try again shortly");
            }
        };
    }

    private Mono<Void> unavailable(ServerWebExchange exchange, String service, String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service unavailable", detail, exchange);
        problem.setProperty("service", service);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return Problems.write(exchange, problem, json);
    }

    /** The request's correlation id in the MDC while one line is logged (the MDC is not carried across threads). */
    private static void logWithCorrelationId(ServerWebExchange exchange, Runnable logging) {
        String id = exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        String previous = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (id != null) {
            MDC.put(CorrelationIdFilter.MDC_KEY, id);
        }
        try {
            logging.run();
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationIdFilter.MDC_KEY);
            } else {
                MDC.put(CorrelationIdFilter.MDC_KEY, previous);
            }
        }
    }
}
