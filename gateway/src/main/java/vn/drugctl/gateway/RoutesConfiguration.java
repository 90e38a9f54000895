package vn.drugctl.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * One route per service; each has its own Resilience4j circuit breaker and time limiter, and falls back to a
 * 503 problem naming the service when the service fails, times out or cannot be reached.
 */
@Configuration(proxyBeanMethods = false)
class RoutesConfiguration {

    @Bean
    RouteLocator routes(RouteLocatorBuilder builder, GatewayProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.routes().forEach((id, route) -> routes.route(id, r -> r
                .path(route.path())
                .filters(f -> f.dedupeResponseHeader(CorrelationIdFilter.HEADER, "RETAIN_FIRST")
                        .circuitBreaker(c -> c
                        .setName(route.service())
                        .setFallbackUri("forward:/fallback/" + route.service())))
                .uri(route.uri())));
        return routes.build();
    }

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> breakers(GatewayProperties properties) {
        return factory -> properties.routes().values().forEach(route -> factory.configure(b -> b
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(route.timeout()).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(10))
                        .build()), route.service()));
    }
}
