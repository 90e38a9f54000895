package vn.drugctl.gateway;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.timelimiter.TimeLimiter;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * A route's call to its service, guarded in three layers, outermost first:
 * <ol>
 *   <li><b>bulkhead</b> (a semaphore of the service's {@code max-concurrent-calls}, shared by its routes, no
 *       waiting): a call beyond it is answered 503 {@code service-busy} with {@code Retry-After} at once. It never
 *       reaches the circuit breaker, so a crowd of callers can be turned away without the service being judged
 *       failing for everyone;</li>
 *   <li><b>circuit breaker</b>: open, the call is answered 503 {@code service-unavailable} without trying;</li>
 *   <li><b>time limit</b> of the route, up to the answer's status line and headers.</li>
 * </ol>
 * The breaker records only {@link #isServiceFailure the service's own failures}: a connection refused, reset or
 * closed early (an {@link IOException} anywhere in the cause chain) and a time-out of a request the service had
 * received whole. What the caller caused ({@link CallerFault}: a body over the limit found while streaming, a body
 * still arriving when time ran out, a body that broke off) and any failure of the gateway itself count neither as
 * failures nor as successes. A service's own 4xx/5xx answer is a completed call: a success, passed through as is.
 * <p>
 * Failure modes: the bulkhead's permit is returned when the call ends in any way (answer, error, the caller
 * leaving); a call that the gateway cannot classify (a bug here) is not turned into a 503 but left to the error
 * handler (500), and does not move the breaker.
 */
final class ServiceGuard implements GatewayFilter {
    private final String service;
    private final Bulkhead bulkhead;
    private final CircuitBreaker breaker;
    private final TimeLimiter timeLimiter;
    private final FallbackController answers;

    ServiceGuard(String service, Bulkhead bulkhead, CircuitBreaker breaker, TimeLimiter timeLimiter,
                 FallbackController answers) {
        this.service = service;
        this.answers = answers;
        this.bulkhead = bulkhead;
        this.breaker = breaker;
        this.timeLimiter = timeLimiter;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return Mono.defer(() -> {
            if (!bulkhead.tryAcquirePermission()) {
                return answers.busy(exchange, service,
                        bulkhead.getBulkheadConfig().getMaxConcurrentCalls());
            }
            return chain.filter(exchange)
                    .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                    // before the breaker judges it: was it the caller's doing?
                    .onErrorMap(error -> RequestBodyLimit.callerFault(exchange, error))
                    .transformDeferred(CircuitBreakerOperator.of(breaker))
                    .onErrorResume(error -> answers.failed(exchange, service, error))
                    .doFinally(signal -> bulkhead.onComplete());
        });
    }

    /**
     * A failure of the service itself: it refused, reset or closed the connection (an I/O error anywhere in the
     * cause chain), or did not answer in time a request it had received whole.
     */
    static boolean isServiceFailure(Throwable error) {
        if (error instanceof CallerFault) {
            return false;
        }
        if (error instanceof TimeoutException) {
            return true;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** A call that failed because of what the caller sent, not because of the service. */
    abstract static sealed class CallerFault extends RuntimeException
            permits RequestBodyLimit.BodyTooLarge, RequestBodyLimit.BodyTooSlow, RequestBodyLimit.BodyBrokeOff {
        CallerFault(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }
}
