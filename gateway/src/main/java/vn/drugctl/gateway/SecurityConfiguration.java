package vn.drugctl.gateway;

import io.netty.channel.ChannelOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.problem.ProblemType;
import vn.drugctl.common.tenancy.Role;
import vn.drugctl.common.token.TokenPolicy;

import java.util.List;

/**
 * The gateway is an OAuth2 resource server: it checks signature (the realm's JWK set) and platform-core's
 * {@link TokenPolicy} (issuer, audience, required expiry with the clock skew) before routing, and relays the same
 * token so each service checks it again with the same policy. Roles become authorities by the same rule as in the
 * services; a partner province's token (role EXCHANGE_PARTNER, even beside other roles) reaches {@code /exchange/**}
 * only and is refused everywhere else with a 403 problem saying so.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {
    static final String EXCHANGE_PARTNER = Role.EXCHANGE_PARTNER.name();
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewayProperties properties) {
        return decoder(properties.security());
    }

    /**
     * Checks signature (keys from the JWK set URI, fetched on first use and again for an unknown key id, so the
     * gateway starts while Keycloak is down and follows key rotation) and the token policy: a present {@code exp},
     * expiry and not-before with the configured skew, the issuer and the audience.
     */
    static ReactiveJwtDecoder decoder(GatewayProperties.Security security) {
        TokenPolicy policy = security.tokenPolicy();
        int timeoutMillis = Math.toIntExact(security.jwkSetTimeout().toMillis());
        WebClient keysClient = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create()
                        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, timeoutMillis)
                        .responseTimeout(security.jwkSetTimeout())))
                .build();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(policy.effectiveJwkSetUri())
                .webClient(keysClient)
                .build();
        decoder.setJwtValidator(policy.validator());
        // keys that cannot be fetched surface as a plain error (a 500); as a JwtException the resource server
        // treats them as "cannot authenticate now", which the failure handler answers with 503
        return token -> decoder.decode(token).onErrorMap(e -> !(e instanceof JwtException),
                e -> new JwtException("Cannot check the access token: " + e.getMessage(), e));
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.cors().allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", CorrelationIdFilter.HEADER));
        cors.setExposedHeaders(List.of(CorrelationIdFilter.HEADER, "Location"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    /**
     * A request the security firewall refuses before anything else looks at it (an encoded slash, backslash or dot
     * segment in the path, a header with control characters) answers a 400 {@code invalid-request} problem with the
     * correlation id, as in the services, instead of a bare 400. It never reaches a route.
     */
    @Bean
    ServerExchangeRejectedHandler problemForRejectedExchanges(JsonMapper json) {
        return (exchange, e) -> {
            log.debug("Request rejected by the firewall: {}", e.getMessage());
            return Problems.write(exchange, Problems.of(ProblemType.INVALID_REQUEST,
                    "The request was refused before it was read: " + e.getMessage(), exchange), json);
        };
    }

    /**
     * {@code /api/**} needs a valid token that is not a partner's, except each service's API documentation (GET of
     * its OpenAPI document and Swagger UI, {@link GatewayProperties.ServiceRoute#apiDocsPaths()}, public metadata);
     * {@code /exchange/**} (reserved for partner provinces) needs the EXCHANGE_PARTNER role; the probes, info and
     * metrics are open on the management port (the API port serves no actuator: 404); everything else (including
     * the internal {@code /fallback/**}) is denied. CORS preflights are answered by the CORS filter before
     * authentication.
     */
    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http, ReactiveJwtDecoder decoder, JsonMapper json,
                                    GatewayProperties properties) {
        String[] apiDocs = properties.routes().all().stream()
                .flatMap(route -> route.apiDocsPaths().stream()).toArray(String[]::new);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(TokenPolicy::authorities);
        converter.setPrincipalClaimName(TokenPolicy.PRINCIPAL_CLAIM);
        ServerAuthenticationEntryPoint unauthenticated = (exchange, e) -> {
            boolean tokenRejected = e instanceof OAuth2AuthenticationException;
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, tokenRejected
                    ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid\"" : "Bearer");
            return Problems.write(exchange, Problems.of(ProblemType.UNAUTHENTICATED, tokenRejected
                    ? TokenPolicy.TOKEN_INVALID_DETAIL + ": " + e.getMessage() : TokenPolicy.TOKEN_REQUIRED_DETAIL,
                    exchange), json);
        };
        ServerAccessDeniedHandler forbidden = (exchange, e) -> exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(caller -> TokenPolicy.deniedDetail(((Authentication) caller).getAuthorities()))
                .defaultIfEmpty(TokenPolicy.ROLE_DENIED_DETAIL)
                .flatMap(detail -> Problems.write(exchange, Problems.of(ProblemType.FORBIDDEN, detail, exchange), json));
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(org.springframework.security.web.server.context.NoOpServerSecurityContextRepository.getInstance()) // stateless: no WebSession made per request
                .cors(Customizer.withDefaults())
                .addFilterBefore(CorrelationIdFilter.rememberCaller(), SecurityWebFiltersOrder.AUTHORIZATION)
                .authorizeExchange(e -> e
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .pathMatchers(HttpMethod.GET, apiDocs).permitAll()
                        .pathMatchers(TokenPolicy.EXCHANGE_PATHS).hasRole(EXCHANGE_PARTNER)
                        .pathMatchers("/api/**").access(authenticatedNotPartner())
                        .anyExchange().denyAll())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.jwtDecoder(decoder).jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter)))
                        .authenticationEntryPoint(unauthenticated)
                        .authenticationFailureHandler((webFilterExchange, e) -> {
                            var exchange = webFilterExchange.getExchange();
                            if (e instanceof AuthenticationServiceException) {
                                // the realm's keys cannot be fetched: the token cannot be judged, not the caller's fault
                                exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, FallbackController.RETRY_AFTER_SECONDS);
                                return Problems.write(exchange, Problems.of(ProblemType.IDENTITY_PROVIDER_UNAVAILABLE,
                                        TokenPolicy.IDENTITY_PROVIDER_UNAVAILABLE_DETAIL, exchange), json);
                            }
                            return unauthenticated.commence(exchange, e);
                        })
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(x -> x.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * Authenticated, and not with a partner province's token ({@link TokenPolicy#isPartner}): no token is asked for
     * one (401), a partner's is refused (403 naming {@code /exchange/**}).
     */
    static ReactiveAuthorizationManager<AuthorizationContext> authenticatedNotPartner() {
        return (authentication, context) -> authentication
                .filter(caller -> caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken))
                .map(caller -> (AuthorizationResult) new AuthorizationDecision(!TokenPolicy.isPartner(caller.getAuthorities())))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
