package vn.drugctl.common.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.client.RestTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.tenancy.Role;
import vn.drugctl.common.token.TokenPolicy;
import vn.drugctl.common.token.VerifiedTokens;

import java.time.Duration;

/**
 * Security defaults of every service: a stateless OAuth2 resource server that checks the token's signature (the
 * realm's JWK set) and platform-core's {@link TokenPolicy} (issuer, audience, required expiry with the clock skew),
 * the same checks as the gateway's. Open without a token: the actuator's probes, info and metrics (served on the
 * management port only; on the API port nothing answers there but a 404 problem) and the API's own documentation
 * under the service's base path ({@link #apiDocsPaths}). {@code /exchange/**} is for partner provinces' tokens only;
 * everything else needs a token that is not a partner's: a partner token is refused with 403 here too, not only at
 * the gateway, so a request that reaches a service past the gateway gets no further. Tenant scope is then derived
 * per request from the token's {@code unit} and {@code roles} claims.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class ServiceSecurityConfiguration {

    /**
     * The realm's keys and platform-core's token policy, behind the verified-token cache
     * ({@code drugctl.security.verified-token-cache-size}, 5000; 0 checks every request's signature).
     */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties,
                          @Value("${drugctl.security.verified-token-cache-size:" + VerifiedTokens.DEFAULT_SIZE + "}")
                          int verifiedTokenCacheSize) {
        TokenPolicy policy = properties.tokenPolicy();
        // bounded waits: a hanging identity provider must not hang every request
        SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
        http.setConnectTimeout(Duration.ofSeconds(3));
        http.setReadTimeout(Duration.ofSeconds(5));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(policy.effectiveJwkSetUri())
                .restOperations(new RestTemplate(http)).build();
        decoder.setJwtValidator(policy.validator());
        return verifiedTokenCacheSize > 0 ? new VerifiedJwtDecoder(decoder, new VerifiedTokens(verifiedTokenCacheSize))
                : decoder;
    }

    /**
     * No Micrometer observations of Spring Security's own steps (the filter chain, each filter, authentication,
     * authorization): they wrap every filter of every request (8 % of a service's CPU in the registry benchmark);
     * each request is still observed as a whole ({@code http_server_requests}, with its status, so 401 and 403 show).
     */
    @Bean
    @ConditionalOnMissingBean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    ProblemDetailsSecurityHandlers problemDetailsSecurityHandlers(JsonMapper json) {
        return new ProblemDetailsSecurityHandlers(json);
    }

    /** Requests the firewall refuses (an encoded slash in the path, ...) answer a 400 problem, not a bare 400. */
    @Bean
    WebSecurityCustomizer problemDetailsForRejectedRequests(ProblemDetailsSecurityHandlers handlers) {
        return web -> web.requestRejectedHandler(handlers);
    }

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http, JwtDecoder decoder, ProblemDetailsSecurityHandlers handlers,
                                        @Value("${drugctl.api.base-path:}") String basePath) throws Exception {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(TokenPolicy::authorities);
        converter.setPrincipalClaimName(TokenPolicy.PRINCIPAL_CLAIM);
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(actuatorPaths()).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, apiDocsPaths(basePath)).permitAll()
                        .requestMatchers(TokenPolicy.EXCHANGE_PATHS).hasRole(Role.EXCHANGE_PARTNER.name())
                        .anyRequest().access(authenticatedNotPartner()))
                .oauth2ResourceServer(o -> o
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(handlers);
                                return filter;
                            }
                        })
                        .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
        return http.build();
    }

    /**
     * The actuator endpoints open to the platform (probes, info, metrics). They are served on the management port
     * ({@code management.server.port}), which the gateway never routes and which only the platform's own network
     * reaches; the same paths on the API port have no handler.
     */
    public static String[] actuatorPaths() {
        return new String[]{"/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"};
    }

    /**
     * Authenticated, and not with a partner province's token ({@link TokenPolicy#isPartner}): an anonymous caller
     * is asked for a token (401), a partner is refused (403 naming {@code /exchange/**}).
     */
    static AuthorizationManager<RequestAuthorizationContext> authenticatedNotPartner() {
        return (authentication, context) -> {
            Authentication caller = authentication.get();
            boolean authenticated = caller != null && caller.isAuthenticated()
                    && !(caller instanceof AnonymousAuthenticationToken);
            return new AuthorizationDecision(authenticated && !TokenPolicy.isPartner(caller.getAuthorities()));
        };
    }

    /**
     * The OpenAPI document (JSON, YAML, Swagger UI's config) and Swagger UI's page and assets, exactly where
     * springdoc serves them under the base path (springdoc.api-docs.path = base + /openapi, springdoc.swagger-ui.path
     * = base + /swagger-ui.html). Public metadata: they describe the API, they hold no tenant's data.
     */
    public static String[] apiDocsPaths(String basePath) {
        String base = basePath == null ? "" : basePath.replaceAll("/+$", "");
        return new String[]{base + "/openapi", base + "/openapi.yaml", base + "/openapi/swagger-config",
                base + "/swagger-ui.html", base + "/swagger-ui/**"};
    }
}
