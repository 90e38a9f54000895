package vn.drugctl.gateway;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Probes, info and metrics are open to the platform (no token), and show the gateway's own figures. */
class ActuatorIT extends StandInPlatform {

    @Test
    void livenessAndReadinessProbesAreOpen() {
        for (String probe : new String[]{"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
            HttpResponse<String> response = gateway.get(probe, null);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(GatewayClient.json(response).get("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void infoShowsTheBuild() {
        HttpResponse<String> response = gateway.get("/actuator/info", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(GatewayClient.json(response).at("/build/artifact").asString()).isEqualTo("gateway");
    }

    @Test
    void prometheusShowsJvmGatewayAndCircuitBreakerMetrics() {
        assertThat(gateway.get("/api/registry/metrics-probe", Tokens.valid()).statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = gateway.get("/actuator/prometheus", null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("jvm_memory_used_bytes")
                .containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"registry\"")
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"registry-service\"[^}]*state=\"closed\"[^}]*} 1");
    }
}
