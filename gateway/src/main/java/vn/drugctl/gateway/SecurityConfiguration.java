package vn.drugctl.gateway;

import io.netty.channel.ChannelOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The gateway is an OAuth2 resource server: it checks signature (the realm's JWK set), issuer, expiry and
 * audience before routing, and relays the same token so each service checks it again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {
    static final String EXCHANGE_PARTNER = "EXCHANGE_PARTNER";

    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewayProperties properties) {
        return decoder(properties.security());
    }

    /**
     * Checks signature (keys from the JWK set URI, fetched on first use and again for an unknown key id, so the
     * gateway starts while Keycloak is down and follows key rotation), expiry and not-before with the configured
     * skew, a present {@code exp}, the issuer and the audience.
     */
    static ReactiveJwtDecoder decoder(GatewayProperties.Security security) {
        int timeoutMillis = Math.toIntExact(security.jwkSetTimeout().toMillis());
        WebClient keysClient = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create()
                        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, timeoutMillis)
                        .responseTimeout(security.jwkSetTimeout())))
                .build();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(security.effectiveJwkSetUri())
                .webClient(keysClient)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(security.clockSkew()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(security.issuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.contains(security.audience()))));
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
     * {@code /api/**} needs a valid token, except each service's API documentation (GET of its OpenAPI document
     * and Swagger UI, {@link GatewayProperties.ServiceRoute#apiDocsPaths()}); {@code /exchange/**} (reserved for
     * partner provinces) needs the EXCHANGE_PARTNER role; the probes, info and metrics are open; everything else
     * (including the internal {@code /fallback/**}) is denied. CORS preflights are answered by the CORS filter
     * before authentication.
     */
    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http, ReactiveJwtDecoder decoder, JsonMapper json,
                                    GatewayProperties properties) {
        String[] apiDocs = properties.routes().all().stream()
                .flatMap(route -> route.apiDocsPaths().stream()).toArray(String[]::new);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(SecurityConfiguration::roles);
        ServerAuthenticationEntryPoint unauthenticated = (exchange, e) -> {
            boolean tokenRejected = e instanceof OAuth2AuthenticationException;
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, tokenRejected
                    ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid\"" : "Bearer");
            return Problems.write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                    tokenRejected ? "The access token is invalid: " + e.getMessage() : "A bearer access token is required",
                    exchange), json);
        };
        ServerAccessDeniedHandler forbidden = (exchange, e) -> Problems.write(exchange, Problems.of(HttpStatus.FORBIDDEN,
                "forbidden", "Forbidden", "Your roles do not allow this request", exchange), json);
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
                        .pathMatchers("/exchange/**").hasRole(EXCHANGE_PARTNER)
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().denyAll())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.jwtDecoder(decoder).jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter)))
                        .authenticationEntryPoint(unauthenticated)
                        .authenticationFailureHandler((webFilterExchange, e) -> {
                            var exchange = webFilterExchange.getExchange();
                            if (e instanceof AuthenticationServiceException) {
                                // the realm's keys cannot be fetched: the token cannot be judged, not the caller's fault
                                exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, FallbackController.RETRY_AFTER_SECONDS);
                                return Problems.write(exchange, Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                                        "identity-provider-unavailable", "Identity provider unavailable",
                                        "The access token cannot be checked right now because the identity provider is unreachable; try again shortly",
                                        exchange), json);
                            }
                            return unauthenticated.commence(exchange, e);
                        })
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(x -> x.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .build();
    }

    /** The token's {@code roles} claim (Keycloak realm roles, flattened by a mapper) as {@code ROLE_*} authorities. */
    static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return roles == null ? List.of()
                : roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }
}
