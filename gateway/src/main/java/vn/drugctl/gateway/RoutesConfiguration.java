package vn.drugctl.gateway;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One route per service, path forwarded unchanged, and a route of its own for the survey upload
 * ({@code POST /api/registry/imports}) with a larger body limit and a longer time limit. On every route, in this
 * order:
 * <ol>
 *   <li>{@link RequestBodyLimit}: a body over the route's limit is answered 413 and never forwarded;</li>
 *   <li>{@link ServiceGuard}: the service's bulkhead (so many calls at once, beyond that 503 service-busy), its
 *       circuit breaker and the route's time limit; a service that refuses the connection, breaks it off, fails to
 *       answer in time or whose breaker is open is answered by {@link FallbackController} with a 503 problem naming
 *       it.</li>
 * </ol>
 * The breaker records only the service's own failures: refused or broken connections and time-outs of requests
 * the service had received whole. A call the bulkhead turns away never reaches the breaker, so a crowd of callers
 * cannot open it for everyone; a service's own 4xx or 5xx answer is a completed exchange, passes through unchanged,
 * and counts as a success. The per-caller rate limit ({@link CallerRateLimit}) applies before any of this.
 */
@Configuration(proxyBeanMethods = false)
class RoutesConfiguration {
    /** Breaker window: opens when half of the last 20 calls (at least 10) failed, retries after 10 s. */
    static final int SLIDING_WINDOW = 20;
    static final int MINIMUM_CALLS = 10;
    static final float FAILURE_RATE_PERCENT = 50;
    static final Duration WAIT_IN_OPEN_STATE = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(RoutesConfiguration.class);

    @Bean
    RouteLocator routes(RouteLocatorBuilder builder, GatewayProperties properties,
                        ReactiveResilience4JCircuitBreakerFactory breakers, MeterRegistry meters, JsonMapper json) {
        FallbackController answers = new FallbackController(json);
        // the gateway's own bulkheads, one per service (Spring Cloud CircuitBreaker's, which sat inside the breaker
        // so that its rejections counted as failures, is switched off in application.yml)
        BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
        Map<String, Bulkhead> bulkheadOf = new HashMap<>();
        for (GatewayProperties.ServiceRoute route : properties.routes().all()) {
            bulkheadOf.put(route.service(), bulkheads.bulkhead(route.service(), BulkheadConfig.custom()
                    .maxConcurrentCalls(route.maxConcurrentCalls())
                    .maxWaitDuration(Duration.ZERO)
                    .build()));
        }
        long maxBodyBytes = properties.routes().maxBodySize().toBytes();

        RouteLocatorBuilder.Builder routes = builder.routes();
        for (GatewayProperties.UploadRoute upload : properties.routes().uploads()) {
            GatewayProperties.ServiceRoute service = upload.service();
            ServiceGuard guard = new ServiceGuard(service.service(), bulkheadOf.get(service.service()),
                    breaker(breakers, upload.breaker()), timeLimiter(breakers, upload.breaker(), upload.timeout()),
                    answers);
            // streamed, never held whole in the gateway: counted as it passes
            RequestBodyLimit limit = RequestBodyLimit.streaming(upload.maxBodySize().toBytes(),
                    "an upload to " + upload.method() + " " + upload.path(), answers);
            routes.route(upload.id(), r -> r
                    .method(HttpMethod.valueOf(upload.method())).and().path(upload.path())
                    .filters(f -> guarded(f, limit, guard))
                    .uri(service.uri()));
        }
        for (GatewayProperties.ServiceRoute route : properties.routes().all()) {
            ServiceGuard guard = new ServiceGuard(route.service(), bulkheadOf.get(route.service()),
                    breaker(breakers, route.service()), timeLimiter(breakers, route.service(), route.timeout()),
                    answers);
            // JSON and other small bodies: a chunked one is read up to the limit before anything is forwarded
            RequestBodyLimit limit = RequestBodyLimit.buffering(maxBodyBytes, "a request body", answers);
            routes.route(route.id(), r -> r
                    .path(route.path())
                    .filters(f -> guarded(f, limit, guard))
                    .uri(route.uri()));
        }
        return routes.build();
    }

    private static GatewayFilterSpec guarded(GatewayFilterSpec filters, RequestBodyLimit limit, ServiceGuard guard) {
        return filters
                // the services echo the correlation id and may add CORS headers; the gateway's own win
                .dedupeResponseHeader(CorrelationIdFilter.HEADER + " "
                        + HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN + " "
                        + HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "RETAIN_FIRST")
                .filter(limit)
                .filter(guard);
    }

    /**
     * The breaker of a service (or of an upload route), in the registry Spring Cloud CircuitBreaker exposes (and
     * publishes as resilience4j_circuitbreaker_* metrics); one log line when it opens or closes, not one per call.
     */
    private static CircuitBreaker breaker(ReactiveResilience4JCircuitBreakerFactory breakers, String name) {
        CircuitBreaker breaker = breakers.getCircuitBreakerRegistry().circuitBreaker(name, CircuitBreakerConfig.custom()
                .slidingWindowSize(SLIDING_WINDOW)
                .minimumNumberOfCalls(MINIMUM_CALLS)
                .failureRateThreshold(FAILURE_RATE_PERCENT)
                .waitDurationInOpenState(WAIT_IN_OPEN_STATE)
                .permittedNumberOfCallsInHalfOpenState(3)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                // only the service's own failures count; anything else is neither a failure nor a success
                .recordException(ServiceGuard::isServiceFailure)
                .ignoreException(error -> !ServiceGuard.isServiceFailure(error))
                .build());
        breaker.getEventPublisher().onStateTransition(event -> log.warn("Circuit breaker {} went from {} to {}",
                event.getCircuitBreakerName(), event.getStateTransition().getFromState(),
                event.getStateTransition().getToState()));
        return breaker;
    }

    private static TimeLimiter timeLimiter(ReactiveResilience4JCircuitBreakerFactory breakers, String name,
                                           Duration timeout) {
        return breakers.getTimeLimiterRegistry().timeLimiter(name, TimeLimiterConfig.custom()
                .timeoutDuration(timeout)
                .cancelRunningFuture(true)
                .build());
    }
}
