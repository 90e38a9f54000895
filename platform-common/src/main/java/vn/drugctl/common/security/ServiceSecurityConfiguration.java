package vn.drugctl.common.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.List;

/**
 * Security defaults of every service: a stateless OAuth2 resource server that checks the token's signature
 * (the realm's JWK set), issuer, expiry and audience; actuator probes and metrics open, and the API's own
 * documentation under the service's base path ({@link #apiDocsPaths}); everything else needs a token. Tenant
 * scope is then derived per request from the token's {@code unit} and {@code roles} claims.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class ServiceSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        // bounded waits: a hanging identity provider must not hang every request
        SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
        http.setConnectTimeout(java.time.Duration.ofSeconds(3));
        http.setReadTimeout(java.time.Duration.ofSeconds(5));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri())
                .restOperations(new RestTemplate(http)).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.contains(properties.audience()))));
        return decoder;
    }

    @Bean
    ProblemDetailsSecurityHandlers problemDetailsSecurityHandlers(JsonMapper json) {
        return new ProblemDetailsSecurityHandlers(json);
    }

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http, JwtDecoder decoder, ProblemDetailsSecurityHandlers handlers,
                                        @Value("${drugctl.api.base-path:}") String basePath) throws Exception {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(ServiceSecurityConfiguration::roles);
        converter.setPrincipalClaimName("preferred_username");
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, apiDocsPaths(basePath)).permitAll()
                        .anyRequest().authenticated())
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
     * The OpenAPI document (JSON, YAML, Swagger UI's config) and Swagger UI's page and assets, exactly where
     * springdoc serves them under the base path (springdoc.api-docs.path = base + /openapi, springdoc.swagger-ui.path
     * = base + /swagger-ui.html). Public metadata: they describe the API, they hold no tenant's data.
     */
    public static String[] apiDocsPaths(String basePath) {
        String base = basePath == null ? "" : basePath.replaceAll("/+$", "");
        return new String[]{base + "/openapi", base + "/openapi.yaml", base + "/openapi/swagger-config",
                base + "/swagger-ui.html", base + "/swagger-ui/**"};
    }

    static Collection<org.springframework.security.core.GrantedAuthority> roles(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        if (roles == null) {
            return List.of();
        }
        return roles.stream().map(r -> (org.springframework.security.core.GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }
}
