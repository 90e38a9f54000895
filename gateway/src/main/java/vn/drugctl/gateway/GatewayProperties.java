package vn.drugctl.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.drugctl.common.token.TokenPolicy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Everything the gateway reads under {@code drugctl.*}; defaults here equal those in application.yml, so the
 * gateway also runs without it (tests, a bare {@code java -jar}). Environment variables bind by Spring's relaxed
 * rules: {@code DRUGCTL_ROUTES_REGISTRY_URI} → {@code drugctl.routes.registry-uri}.
 */
@ConfigurationProperties("drugctl")
public record GatewayProperties(@DefaultValue Routes routes, @DefaultValue Security security, @DefaultValue Cors cors,
                                @DefaultValue RateLimit rateLimit) {

    /**
     * Base URI, time limit and concurrency limit of each downstream service, the largest request body a route
     * passes, and the survey upload's own route. Paths are forwarded unchanged: the services serve
     * {@code /api/registry/**}, {@code /api/hotspots/**} and {@code /api/reports/**} themselves.
     *
     * @param maxBodySize                largest request body on every route but the survey upload (JSON and the rest)
     * @param registryImportsTimeout     time limit of {@code POST /api/registry/imports} (a large file on a slow link)
     * @param registryImportsMaxBodySize largest upload: the registry's own multipart request limit (a 20 MB file and
     *                                   its multipart envelope)
     */
    public record Routes(
            @DefaultValue("http://127.0.0.1:8081") URI registryUri,
            @DefaultValue("10s") Duration registryTimeout,
            @DefaultValue("100") int registryMaxConcurrentCalls,
            @DefaultValue("http://127.0.0.1:8082") URI hotspotUri,
            @DefaultValue("10s") Duration hotspotTimeout,
            @DefaultValue("100") int hotspotMaxConcurrentCalls,
            @DefaultValue("http://127.0.0.1:8083") URI reportingUri,
            @DefaultValue("30s") Duration reportingTimeout,
            @DefaultValue("100") int reportingMaxConcurrentCalls,
            @DefaultValue("1MB") DataSize maxBodySize,
            @DefaultValue("120s") Duration registryImportsTimeout,
            @DefaultValue("21MB") DataSize registryImportsMaxBodySize) {

        public Routes {
            atLeastOne("registry-service", registryMaxConcurrentCalls);
            atLeastOne("hotspot-service", hotspotMaxConcurrentCalls);
            atLeastOne("reporting-service", reportingMaxConcurrentCalls);
        }

        private static void atLeastOne(String service, int maxConcurrentCalls) {
            if (maxConcurrentCalls < 1) {
                throw new IllegalArgumentException(service + ": max concurrent calls must be at least 1, not "
                        + maxConcurrentCalls);
            }
        }

        /** The service routes in the order the gateway matches them (after {@link #uploads()}). */
        public List<ServiceRoute> all() {
            return List.of(
                    new ServiceRoute("registry", "registry-service", "/api/registry/**", registryUri, registryTimeout,
                            registryMaxConcurrentCalls),
                    new ServiceRoute("hotspot", "hotspot-service", "/api/hotspots/**", hotspotUri, hotspotTimeout,
                            hotspotMaxConcurrentCalls),
                    new ServiceRoute("reporting", "reporting-service", "/api/reports/**", reportingUri,
                            reportingTimeout, reportingMaxConcurrentCalls));
        }

        /** Routes for file uploads, matched before the service routes: the registry's annual survey CSV. */
        public List<UploadRoute> uploads() {
            return List.of(new UploadRoute("registry-imports", all().getFirst(), "POST", "/api/registry/imports",
                    registryImportsTimeout, registryImportsMaxBodySize));
        }
    }

    /**
     * @param id                 route id (access log, gateway metrics)
     * @param service            service name: circuit breaker, time limiter and bulkhead name, named in 503 answers
     * @param path               path pattern routed to the service
     * @param maxConcurrentCalls calls the gateway lets through to the service at once (its bulkhead); more are
     *                           answered 503 service-busy and do not count against the service's circuit breaker
     */
    public record ServiceRoute(String id, String service, String path, URI uri, Duration timeout,
                               int maxConcurrentCalls) {

        /**
         * Where the service serves its OpenAPI document (JSON, YAML, Swagger UI's config) and Swagger UI, under its
         * own base path; public metadata, open without a token here and in the service (platform-common's
         * ServiceSecurityConfiguration.apiDocsPaths names the same paths).
         */
        public List<String> apiDocsPaths() {
            String base = path.endsWith("/**") ? path.substring(0, path.length() - 3) : path;
            return List.of(base + "/openapi", base + "/openapi.yaml", base + "/openapi/swagger-config",
                    base + "/swagger-ui.html", base + "/swagger-ui/**");
        }
    }

    /**
     * A route of its own for large uploads to a service: one method and path, a longer time limit and a larger body
     * limit than the service's route. It shares the service's bulkhead (its concurrency limit); its circuit breaker
     * and time limiter are its own ({@link #breaker()}), so the longer limit applies to it alone.
     */
    public record UploadRoute(String id, ServiceRoute service, String method, String path, Duration timeout,
                              DataSize maxBodySize) {

        /** Circuit breaker and time limiter name: the service's, suffixed with the route. */
        public String breaker() {
            return service.service() + "-" + id.substring(id.indexOf('-') + 1);
        }
    }

    /**
     * The token settings; what they mean, their defaults and the checks built on them are platform-core's
     * {@link TokenPolicy}, which the services apply too.
     *
     * @param issuerUri      the exact {@code iss} of accepted tokens (Keycloak realm URL)
     * @param jwkSetUri      where the realm's public keys are fetched; blank means issuer + /protocol/openid-connect/certs
     * @param audience       must be one of the token's {@code aud} values
     * @param clockSkew      tolerance on {@code exp}/{@code nbf} for clocks that differ between hosts
     * @param jwkSetTimeout  limit on connecting to and reading the JWK set, so a hung Keycloak does not hang requests
     * @param verifiedTokenCacheSize tokens remembered as verified (until their {@code exp}, at most
     *                       {@link VerifiedTokenCache#MAX_AGE}), so a caller's next request skips the signature check;
     *                       0 checks every request's signature
     */
    public record Security(
            String issuerUri,
            String jwkSetUri,
            String audience,
            Duration clockSkew,
            @DefaultValue("5s") Duration jwkSetTimeout,
            @DefaultValue("5000") int verifiedTokenCacheSize) {

        /** The default of {@code verified-token-cache-size} (read early, before the properties are bound). */
        static final int DEFAULT_VERIFIED_TOKEN_CACHE_SIZE = 5_000;

        public Security {
            TokenPolicy policy = new TokenPolicy(issuerUri, jwkSetUri, audience, clockSkew);
            issuerUri = policy.issuerUri();
            audience = policy.audience();
            clockSkew = policy.clockSkew();
        }

        public TokenPolicy tokenPolicy() {
            return new TokenPolicy(issuerUri, jwkSetUri, audience, clockSkew);
        }

        public String effectiveJwkSetUri() {
            return tokenPolicy().effectiveJwkSetUri();
        }
    }

    /** @param allowedOrigins browser origins allowed to call the API (the web client) */
    public record Cors(@DefaultValue("http://localhost:5173") List<String> allowedOrigins) {
    }

    /**
     * Requests each caller may make, before any routing: users by their token's {@code sub}, partner systems
     * (tokens with the EXCHANGE_PARTNER role) by their client, {@code azp}.
     *
     * @param trackedCallers callers whose limiter is kept at once; one idle for longer than its window is dropped,
     *                       which loses nothing (its window would have been full again)
     */
    public record RateLimit(@DefaultValue Users users, @DefaultValue Partners partners,
                            @DefaultValue("100000") int trackedCallers) {
    }

    /** A person's limit: generous for a web client, well below what one service instance serves. */
    public record Users(@DefaultValue("50") int requestsPerPeriod, @DefaultValue("1s") Duration period,
                        @DefaultValue("100") int burst) implements Limit {
        public Users {
            Limit.check(requestsPerPeriod, period, burst);
        }
    }

    /** A partner province's system, all its requests together. */
    public record Partners(@DefaultValue("20") int requestsPerPeriod, @DefaultValue("1s") Duration period,
                           @DefaultValue("40") int burst) implements Limit {
        public Partners {
            Limit.check(requestsPerPeriod, period, burst);
        }
    }

    /**
     * On average {@link #requestsPerPeriod()} per {@link #period()}, and at most {@link #burst()} at once: the caller
     * gets {@code burst} permits per window of {@code burst / requestsPerPeriod} periods (Resilience4j's rate
     * limiter, a fixed window, so up to twice the burst can pass around the turn of a window).
     */
    public sealed interface Limit permits Users, Partners {
        int requestsPerPeriod();

        Duration period();

        int burst();

        /** The length of the window in which {@link #burst()} permits are granted. */
        default Duration window() {
            return Duration.ofNanos(Math.multiplyExact(period().toNanos(), (long) burst()) / requestsPerPeriod());
        }

        /** For people: "50 requests per 1s (bursts of up to 100)". */
        default String describe() {
            return requestsPerPeriod() + " requests per " + Units.describe(period()) + " (bursts of up to " + burst()
                    + ")";
        }

        /** Refuses a limit that could never grant anything. */
        static void check(int requestsPerPeriod, Duration period, int burst) {
            if (requestsPerPeriod < 1 || burst < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit needs requests-per-period >= 1, burst >= 1 and a"
                        + " positive period; got " + requestsPerPeriod + " per " + period + ", burst " + burst);
            }
        }
    }
}
