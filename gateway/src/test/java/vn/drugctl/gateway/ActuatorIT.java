package vn.drugctl.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probes, health with details, info and metrics are served on the management port only, open to the platform (no
 * token), and show the gateway's own figures; the API port serves none of them and routes nothing under /actuator.
 */
class ActuatorIT extends StandInPlatform {

    @Test
    void livenessAndReadinessProbesAreOpenOnTheManagementPort() {
        for (String probe : new String[]{"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
            HttpResponse<String> response = management.get(probe, null);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(GatewayClient.json(response).get("status").asString()).isEqualTo("UP");
        }
        assertThat(GatewayClient.json(management.get("/actuator/health", null)).has("components"))
                .as("health with details").isTrue();
    }

    @Test
    void infoShowsTheBuild() {
        HttpResponse<String> response = management.get("/actuator/info", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(GatewayClient.json(response).at("/build/artifact").asString()).isEqualTo("gateway");
    }

    @Test
    void prometheusShowsJvmGatewayAndCircuitBreakerMetrics() {
        assertThat(gateway.get("/api/registry/metrics-probe", Tokens.valid()).statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = management.get("/actuator/prometheus", null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("jvm_memory_used_bytes")
                .containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"registry\"")
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"registry-service\"[^}]*state=\"closed\"[^}]*} 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus", "/actuator/info"})
    void theApiPortServesNoActuatorAndRoutesNothingThere(String path) {
        for (String token : new String[]{null, Tokens.valid()}) {
            HttpResponse<String> response = gateway.get(path, token);

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            JsonNode problem = GatewayClient.json(response);
            assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/not-found");
            assertThat(problem.get("correlationId").asString())
                    .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
        }
        assertThat(registry.receivedAnythingUnder("/actuator")).isFalse();
        assertThat(hotspot.receivedAnythingUnder("/actuator")).isFalse();
        assertThat(reporting.receivedAnythingUnder("/actuator")).isFalse();
    }
}
