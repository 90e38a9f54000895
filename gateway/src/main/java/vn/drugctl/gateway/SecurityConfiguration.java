package vn.drugctl.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
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
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.List;

/**
 * The gateway is an OAuth2 resource server: it checks signature (the realm's JWK set), issuer, expiry and
 * audience before routing, and relays the same token so each service checks it again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewayProperties properties) {
        GatewayProperties.Security security = properties.security();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(security.effectiveJwkSetUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(security.clockSkew()),
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

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http, ReactiveJwtDecoder decoder, JsonMapper json) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(SecurityConfiguration::roles);
        ServerAuthenticationEntryPoint unauthenticated = (exchange, e) -> {
            boolean tokenSent = exchange.getRequest().getHeaders().getFirst("Authorization") != null;
            exchange.getResponse().getHeaders().set("WWW-Authenticate", tokenSent
                    ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid\"" : "Bearer");
            return Problems.write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                    tokenSent ? "The access token is invalid: " + e.getMessage() : "A bearer access token is required",
                    exchange), json);
        };
        ServerAccessDeniedHandler forbidden = (exchange, e) -> Problems.write(exchange, Problems.of(HttpStatus.FORBIDDEN,
                "forbidden", "Forbidden", "Your role does not allow this request", exchange), json);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .cors(Customizer.withDefaults())
                .authorizeExchange(e -> e
                        .pathMatchers(HttpMethod.OPTIONS).permitAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .pathMatchers("/exchange/**").hasRole("EXCHANGE_PARTNER")
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().denyAll())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.jwtDecoder(decoder).jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter)))
                        .authenticationEntryPoint(unauthenticated)
                        .authenticationFailureHandler((webFilterExchange, e) -> {
                            var exchange = webFilterExchange.getExchange();
                            if (e instanceof AuthenticationServiceException) {
                                // the realm's keys cannot be fetched: the token cannot be judged, not the caller's fault
                                exchange.getResponse().getHeaders().set("Retry-After", "10");
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

    static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return roles == null ? List.of()
                : roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }
}
