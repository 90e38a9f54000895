package vn.drugctl.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import java.time.Duration;

/**
 * One route per service, path forwarded unchanged. Each route has its own Resilience4j circuit breaker and time
 * limiter, named after the service; a service that refuses the connection, fails to answer in time, or whose
 * breaker is open is answered by {@link FallbackController} with a 503 problem naming it.
 * <p>
 * The breaker records exceptions only (connection errors, time-outs): a service's own 4xx or 5xx answer is a
 * completed exchange, passes through unchanged, and does not count as a failure.
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
    RouteLocator routes(RouteLocatorBuilder builder, GatewayProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (GatewayProperties.ServiceRoute route : properties.routes().all()) {
            routes.route(route.id(), r -> r
                    .path(route.path())
                    .filters(f -> f
                            // the services echo the correlation id and may add CORS headers; the gateway's own win
                            .dedupeResponseHeader(CorrelationIdFilter.HEADER + " "
                                    + HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN + " "
                                    + HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "RETAIN_FIRST")
                            .circuitBreaker(c -> c
                                    .setName(route.service())
                                    .setFallbackUri("forward:" + FallbackController.PATH + route.service())))
                    .uri(route.uri()));
        }
        return routes.build();
    }

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> breakers(GatewayProperties properties) {
        return factory -> {
            configure(factory, properties);
            // one log line when a service's breaker opens or closes (not one per rejected request);
            // "once" because the factory applies customizers on every call
            String[] services = properties.routes().all().stream().map(GatewayProperties.ServiceRoute::service)
                    .toArray(String[]::new);
            factory.addCircuitBreakerCustomizer(Customizer.once(breaker -> breaker.getEventPublisher()
                    .onStateTransition(event -> log.warn("Circuit breaker {} went from {} to {}",
                            event.getCircuitBreakerName(), event.getStateTransition().getFromState(),
                            event.getStateTransition().getToState())), CircuitBreaker::getName), services);
        };
    }

    private static void configure(ReactiveResilience4JCircuitBreakerFactory factory, GatewayProperties properties) {
        properties.routes().all().forEach(route -> factory.configure(b -> b
                .timeLimiterConfig(TimeLimiterConfig.custom()
                        .timeoutDuration(route.timeout())
                        .cancelRunningFuture(true)
                        .build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(SLIDING_WINDOW)
                        .minimumNumberOfCalls(MINIMUM_CALLS)
                        .failureRateThreshold(FAILURE_RATE_PERCENT)
                        .waitDurationInOpenState(WAIT_IN_OPEN_STATE)
                        .permittedNumberOfCallsInHalfOpenState(3)
                        .automaticTransitionFromOpenToHalfOpenEnabled(false)
                        .build()), route.service()));
    }
}
