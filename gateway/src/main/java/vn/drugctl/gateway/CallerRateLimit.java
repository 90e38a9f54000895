package vn.drugctl.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Requests per caller, counted after the token is checked and before anything is routed: each user by the
 * token's {@code sub}, each partner system (a token with the EXCHANGE_PARTNER role) by its client, {@code azp}, with
 * the limits of {@code drugctl.rate-limit.*} (a Resilience4j rate limiter per caller, never waiting). A request over
 * the limit is answered 429 {@code rate-limited} naming the limit, with {@code Retry-After} (whole seconds until the
 * caller's next permit); it reaches no route, so it never counts for or against a service's circuit breaker, and
 * other callers are not affected. Requests without a token (probes, API documentation, the 401s) are not counted
 * here.
 * <p>
 * At most {@code tracked-callers} limiters are kept; a caller idle for longer than its window is forgotten, which
 * changes nothing (its permits would have been full again). If more callers than that are active at once, the
 * least recently seen are forgotten first and start again with a full window.
 */
@Component
@Order(CallerRateLimit.ORDER)
class CallerRateLimit implements WebFilter {
    /** After Spring Security's filter chain (-100), which puts the checked token into the context. */
    static final int ORDER = -90;
    private static final String PARTNER_ROLE = "ROLE_" + SecurityConfiguration.EXCHANGE_PARTNER;

    private final GatewayProperties.RateLimit limits;
    private final RateLimiterConfig users;
    private final RateLimiterConfig partners;
    private final Cache<String, RateLimiter> limiters;
    private final JsonMapper json;

    CallerRateLimit(GatewayProperties properties, JsonMapper json) {
        this.limits = properties.rateLimit();
        this.json = json;
        this.users = config(limits.users());
        this.partners = config(limits.partners());
        Duration longestWindow = limits.users().window().compareTo(limits.partners().window()) > 0
                ? limits.users().window() : limits.partners().window();
        this.limiters = Caffeine.newBuilder()
                .maximumSize(limits.trackedCallers())
                .expireAfterAccess(longestWindow)
                .build();
    }

    private static RateLimiterConfig config(GatewayProperties.Limit limit) {
        return RateLimiterConfig.custom()
                .limitForPeriod(limit.burst())
                .limitRefreshPeriod(limit.window())
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof JwtAuthenticationToken token ? token : null)
                .map(token -> Optional.ofNullable(rejection(token)))
                .defaultIfEmpty(Optional.empty())
                .flatMap(rejection -> rejection.isEmpty() ? chain.filter(exchange)
                        : tooManyRequests(exchange, rejection.get()));
    }

    /** Why this caller's request may not go on, or null if it may (taking one of its permits). */
    private Rejection rejection(JwtAuthenticationToken token) {
        boolean partner = false;
        for (GrantedAuthority authority : token.getAuthorities()) {
            if (PARTNER_ROLE.equals(authority.getAuthority())) {
                partner = true;
                break;
            }
        }
        Jwt jwt = token.getToken();
        String key = partner ? "partner:" + first(jwt.getClaimAsString("azp"), jwt.getSubject())
                : "user:" + first(jwt.getSubject(), jwt.getClaimAsString("azp"));
        RateLimiterConfig config = partner ? partners : users;
        RateLimiter limiter = limiters.get(key, k -> RateLimiter.of(k, config));
        return limiter.acquirePermission() ? null
                : new Rejection(partner ? limits.partners() : limits.users(), partner, retryAfterSeconds(limiter));
    }

    private record Rejection(GatewayProperties.Limit limit, boolean partner, long retryAfterSeconds) {
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange, Rejection rejection) {
        GatewayProperties.Limit limit = rejection.limit();
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "More requests than the limit of " + limit.describe() + " per "
                        + (rejection.partner() ? "partner system" : "user") + "; try again in "
                        + rejection.retryAfterSeconds() + " s", exchange);
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("requestsPerPeriod", limit.requestsPerPeriod());
        named.put("period", Units.describe(limit.period()));
        named.put("burst", limit.burst());
        named.put("per", rejection.partner() ? "partner" : "user");
        problem.setProperty("limit", named);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(rejection.retryAfterSeconds()));
        return Problems.write(exchange, problem, json);
    }

    private static String first(String value, String fallback) {
        return value != null ? value : fallback != null ? fallback : "unknown";
    }

    /** Whole seconds until the limiter grants its next permit, at least 1. */
    private static long retryAfterSeconds(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
                : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return Math.max(1, (nanos + 999_999_999) / 1_000_000_000);
    }
}
