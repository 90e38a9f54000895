package vn.drugctl.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
public record GatewayProperties(@DefaultValue Routes routes, @DefaultValue Security security, @DefaultValue Cors cors) {

    /**
     * Base URI and time limit of each downstream service. Paths are forwarded unchanged: the services serve
     * {@code /api/registry/**}, {@code /api/hotspots/**} and {@code /api/reports/**} themselves.
     */
    public record Routes(
            @DefaultValue("http://127.0.0.1:8081") URI registryUri,
            @DefaultValue("10s") Duration registryTimeout,
            @DefaultValue("http://127.0.0.1:8082") URI hotspotUri,
            @DefaultValue("10s") Duration hotspotTimeout,
            @DefaultValue("http://127.0.0.1:8083") URI reportingUri,
            @DefaultValue("30s") Duration reportingTimeout) {

        /** The routes in the order the gateway matches them. */
        public List<ServiceRoute> all() {
            return List.of(
                    new ServiceRoute("registry", "registry-service", "/api/registry/**", registryUri, registryTimeout),
                    new ServiceRoute("hotspot", "hotspot-service", "/api/hotspots/**", hotspotUri, hotspotTimeout),
                    new ServiceRoute("reporting", "reporting-service", "/api/reports/**", reportingUri, reportingTimeout));
        }
    }

    /**
     * @param id      route id (access log, gateway metrics)
     * @param service service name: circuit breaker and time limiter name, named in 503 answers
     * @param path    path pattern routed to the service
     */
    public record ServiceRoute(String id, String service, String path, URI uri, Duration timeout) {

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
     * The token settings; what they mean, their defaults and the checks built on them are platform-core's
     * {@link TokenPolicy}, which the services apply too.
     *
     * @param issuerUri      the exact {@code iss} of accepted tokens (Keycloak realm URL)
     * @param jwkSetUri      where the realm's public keys are fetched; blank means issuer + /protocol/openid-connect/certs
     * @param audience       must be one of the token's {@code aud} values
     * @param clockSkew      tolerance on {@code exp}/{@code nbf} for clocks that differ between hosts
     * @param jwkSetTimeout  limit on connecting to and reading the JWK set, so a hung Keycloak does not hang requests
     */
    public record Security(
            String issuerUri,
            String jwkSetUri,
            String audience,
            Duration clockSkew,
            @DefaultValue("5s") Duration jwkSetTimeout) {

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
}
