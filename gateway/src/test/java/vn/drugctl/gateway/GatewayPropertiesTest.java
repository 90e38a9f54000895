package vn.drugctl.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the gateway's settings bind: defaults, environment variables (as in docker-compose and k8s), properties. */
class GatewayPropertiesTest {

    private static GatewayProperties bind(Map<String, Object> environmentVariables, Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bindOrCreate("drugctl", GatewayProperties.class);
    }

    @Test
    void withNothingSetTheGatewayTalksToTheLocalStack() {
        GatewayProperties properties = bind(Map.of(), Map.of());

        assertThat(properties.routes().all()).extracting(GatewayProperties.ServiceRoute::uri).containsExactly(
                URI.create("http://127.0.0.1:8081"), URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8083"));
        assertThat(properties.routes().registryTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.security().issuerUri()).isEqualTo("http://127.0.0.1:8180/realms/drugctl");
        assertThat(properties.security().effectiveJwkSetUri())
                .isEqualTo("http://127.0.0.1:8180/realms/drugctl/protocol/openid-connect/certs");
        assertThat(properties.security().audience()).isEqualTo("drugctl-api");
        assertThat(properties.security().clockSkew()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.cors().allowedOrigins()).containsExactly("http://localhost:5173");
    }

    @Test
    void environmentVariablesAsDeploymentsSetThemMoveEveryRoute() {
        GatewayProperties properties = bind(Map.of(
                "DRUGCTL_ROUTES_REGISTRY_URI", "http://registry-service:8081",
                "DRUGCTL_ROUTES_HOTSPOT_URI", "http://hotspot-service:8082",
                "DRUGCTL_ROUTES_REPORTING_URI", "http://reporting-service:8083",
                "DRUGCTL_ROUTES_REPORTING_TIMEOUT", "45s",
                "DRUGCTL_SECURITY_ISSUER_URI", "https://sso.example/realms/drugctl",
                "DRUGCTL_SECURITY_CLOCK_SKEW", "1s",
                "DRUGCTL_CORS_ALLOWED_ORIGINS", "https://a.example,https://b.example"), Map.of());

        assertThat(properties.routes().all()).extracting(r -> r.service() + "=" + r.uri() + "/" + r.timeout().toSeconds())
                .containsExactly("registry-service=http://registry-service:8081/10",
                        "hotspot-service=http://hotspot-service:8082/10",
                        "reporting-service=http://reporting-service:8083/45");
        assertThat(properties.security().effectiveJwkSetUri())
                .isEqualTo("https://sso.example/realms/drugctl/protocol/openid-connect/certs");
        assertThat(properties.security().clockSkew()).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.cors().allowedOrigins()).containsExactly("https://a.example", "https://b.example");
    }

    @Test
    void dottedPropertiesWorkTooAndAnExplicitJwkSetUriWins() {
        GatewayProperties properties = bind(Map.of(), Map.of(
                "drugctl.routes.registry-uri", "http://10.0.0.5:9000",
                "drugctl.routes.hotspot-timeout", "250ms",
                "drugctl.security.jwk-set-uri", "http://keycloak.internal:8080/realms/drugctl/protocol/openid-connect/certs"));

        assertThat(properties.routes().registryUri()).isEqualTo(URI.create("http://10.0.0.5:9000"));
        assertThat(properties.routes().hotspotTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(properties.security().effectiveJwkSetUri())
                .isEqualTo("http://keycloak.internal:8080/realms/drugctl/protocol/openid-connect/certs");
    }

    @Test
    void withNothingSetTheLimitsAreThoseTheReadmeStates() {
        GatewayProperties properties = bind(Map.of(), Map.of());

        assertThat(properties.routes().maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
        assertThat(properties.routes().all()).extracting(GatewayProperties.ServiceRoute::maxConcurrentCalls)
                .containsExactly(100, 100, 100);
        assertThat(properties.routes().uploads()).singleElement().satisfies(upload -> {
            assertThat(upload.method() + " " + upload.path()).isEqualTo("POST /api/registry/imports");
            assertThat(upload.service().service()).isEqualTo("registry-service");
            assertThat(upload.breaker()).isEqualTo("registry-service-imports");
            assertThat(upload.timeout()).isEqualTo(Duration.ofSeconds(120));
            assertThat(upload.maxBodySize()).isEqualTo(DataSize.ofMegabytes(21));
        });
        assertThat(properties.rateLimit().users().describe()).isEqualTo("50 requests per 1s (bursts of up to 100)");
        assertThat(properties.rateLimit().users().window()).as("100 permits every 2 s: 50/s on average")
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.rateLimit().partners().describe()).isEqualTo("20 requests per 1s (bursts of up to 40)");
        assertThat(properties.security().verifiedTokenCacheSize()).isEqualTo(5000);
    }

    @Test
    void limitsAreSetByEnvironmentVariables() {
        GatewayProperties properties = bind(Map.of(
                "DRUGCTL_RATE_LIMIT_USERS_REQUESTS_PER_PERIOD", "600",
                "DRUGCTL_RATE_LIMIT_USERS_PERIOD", "1m",
                "DRUGCTL_RATE_LIMIT_USERS_BURST", "30",
                "DRUGCTL_ROUTES_MAX_BODY_SIZE", "512KB",
                "DRUGCTL_ROUTES_REGISTRY_MAX_CONCURRENT_CALLS", "64",
                "DRUGCTL_ROUTES_REGISTRY_IMPORTS_MAX_BODY_SIZE", "50MB",
                "DRUGCTL_ROUTES_REGISTRY_IMPORTS_TIMEOUT", "5m"), Map.of());

        assertThat(properties.rateLimit().users().window()).as("30 permits per 3 s: 600 a minute")
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(properties.rateLimit().partners().requestsPerPeriod()).as("the other defaults stay").isEqualTo(20);
        assertThat(properties.routes().maxBodySize()).isEqualTo(DataSize.ofKilobytes(512));
        assertThat(properties.routes().all().getFirst().maxConcurrentCalls()).isEqualTo(64);
        assertThat(properties.routes().uploads().getFirst().maxBodySize()).isEqualTo(DataSize.ofMegabytes(50));
        assertThat(properties.routes().uploads().getFirst().timeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aLimitThatCouldNeverGrantAnythingIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("DRUGCTL_RATE_LIMIT_USERS_BURST", "0"), Map.of()))
                .hasStackTraceContaining("burst >= 1");
        assertThatThrownBy(() -> bind(Map.of("DRUGCTL_ROUTES_HOTSPOT_MAX_CONCURRENT_CALLS", "0"), Map.of()))
                .hasStackTraceContaining("hotspot-service: max concurrent calls must be at least 1");
    }
}
