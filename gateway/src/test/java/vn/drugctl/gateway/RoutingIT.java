package vn.drugctl.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An authenticated request reaches its service with the same token and a correlation id; answers come back. */
class RoutingIT extends StandInPlatform {

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    private StandInServer standIn(String service) {
        return Map.of("registry", registry, "hotspot", hotspot, "reporting", reporting).get(service);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"/api/registry/me, registry", "/api/hotspots/me, hotspot", "/api/reports/units/HN/summary, reporting"})
    void validTokenReachesItsServiceWithTheSameTokenAndACorrelationId(String path, String service) {
        String token = Tokens.valid();

        HttpResponse<String> response = gateway.get(path, token);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = GatewayClient.json(response);
        assertThat(body.get("service").asString()).isEqualTo(service);
        assertThat(body.get("path").asString()).as("path forwarded unchanged").isEqualTo(path);
        StandInServer.Received received = standIn(service).received(path);
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(response.headers().allValues("X-Correlation-Id")).as("one correlation header, not the echo too").hasSize(1);
        String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(correlationId).matches("[0-9a-f-]{36}");
        assertThat(received.header("X-Correlation-Id")).isEqualTo(correlationId);
    }

    @Test
    void saneCorrelationIdFromTheCallerIsPropagatedUnchanged() {
        HttpResponse<String> response = gateway.get("/api/registry/persons/p-1", Tokens.valid(),
                "X-Correlation-Id", "web-2026.11.24_0001");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("web-2026.11.24_0001");
        assertThat(registry.received("/api/registry/persons/p-1").header("X-Correlation-Id")).isEqualTo("web-2026.11.24_0001");
    }

    @Test
    void malformedCorrelationIdIsReplacedByAFreshOne() {
        HttpResponse<String> response = gateway.get("/api/registry/persons/p-2", Tokens.valid(),
                "X-Correlation-Id", "<script>alert(1)</script>");

        String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(correlationId).isNotEqualTo("<script>alert(1)</script>").matches("[0-9a-f-]{36}");
        assertThat(registry.received("/api/registry/persons/p-2").header("X-Correlation-Id")).isEqualTo(correlationId);
    }

    @ParameterizedTest
    @CsvSource({"404", "403", "409", "500"})
    void serviceAnswersPassThroughUnchanged(int status) {
        HttpResponse<String> response = gateway.get("/api/registry/persons/status/" + status, Tokens.valid());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("X-Stand-In")).contains("registry");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.body()).isEqualTo("{\"type\":\"https://drugctl.vn/problems/from-registry\",\"status\":" + status + "}");
    }

    @Test
    void serviceRejectionsDoNotCountAsCircuitBreakerFailures() {
        for (int i = 0; i < 12; i++) {
            assertThat(gateway.get("/api/registry/persons/" + i + "/status/" + (i % 2 == 0 ? 404 : 403), Tokens.valid())
                    .statusCode()).isIn(403, 404);
        }
        CircuitBreaker breaker = breakers.getCircuitBreakerRegistry().find("registry-service").orElseThrow();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isGreaterThanOrEqualTo(12));
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void serviceSlowerThanItsRouteTimeoutAnswers503NamingIt() {
        try {
            long start = System.nanoTime();
            HttpResponse<String> response = gateway.get("/api/hotspots/slow", Tokens.valid());
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            JsonNode problem = GatewayClient.json(response);
            assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/service-unavailable");
            assertThat(problem.get("service").asString()).isEqualTo("hotspot-service");
            assertThat(problem.get("detail").asString()).isEqualTo("hotspot-service did not answer in time; try again shortly");
            assertThat(problem.get("instance").asString()).isEqualTo("/api/hotspots/slow");
            assertThat(millis).as("answered after the route's 1.5 s limit, long before the stand-in would")
                    .isBetween(1_400L, 10_000L);
            assertThat(breakers.getCircuitBreakerRegistry().find("hotspot-service").orElseThrow()
                    .getMetrics().getNumberOfFailedCalls()).as("a time-out is a failure of the service").isPositive();
        } finally {
            hotspot.releaseSlowAnswers();
        }
    }

    @Test
    void eachRouteHasItsOwnTimeLimit() {
        for (String path : new String[]{"/api/registry/limits", "/api/hotspots/limits", "/api/reports/limits"}) {
            assertThat(gateway.get(path, Tokens.valid()).statusCode()).isEqualTo(200);
        }
        assertThat(Map.of("registry-service", Duration.ofSeconds(10), "hotspot-service", Duration.ofMillis(1500),
                "reporting-service", Duration.ofSeconds(30))).allSatisfy((service, limit) ->
                assertThat(breakers.getTimeLimiterRegistry().find(service).orElseThrow()
                        .getTimeLimiterConfig().getTimeoutDuration()).as(service).isEqualTo(limit));
    }

    @Test
    void pathWithoutARouteIs404ProblemDetail() {
        HttpResponse<String> response = gateway.get("/api/nothing-here/1", Tokens.valid());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/not-found");
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void eachRequestLogsOneAccessLineWithTheCallerAndNeverTheToken(CapturedOutput output) {
        String token = Tokens.valid();
        String correlationId = "log-" + UUID.randomUUID();

        gateway.get("/api/reports/access-log", token, "X-Correlation-Id", correlationId);

        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains("correlationId=" + correlationId));
        assertThat(output.getOut().lines().filter(line -> line.contains("correlationId=" + correlationId)))
                .singleElement().satisfies(line -> assertThat(line)
                        .contains("[" + correlationId + "]") // the MDC in the log pattern
                        .contains("GET /api/reports/access-log 200 ")
                        .contains("route=reporting")
                        .contains("sub=6f1c2a4e-officer-vuban", "user=officer.vuban", "unit=HN-BL-VUBAN"));
        assertThat(output.getOut()).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }
}
