package vn.drugctl.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every service refuses connections (not started, crashed): the gateway answers 503 naming it, never 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnavailableServicesIT {
    static final StandInServer keycloak = new StandInServer("keycloak");

    @LocalServerPort
    int port;
    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;
    GatewayClient gateway;

    @DynamicPropertySource
    static void nothingListening(DynamicPropertyRegistry properties) {
        properties.add("drugctl.security.issuer-uri", () -> Tokens.ISSUER);
        properties.add("drugctl.security.jwk-set-uri", () -> keycloak.uri() + "/certs");
        properties.add("drugctl.routes.registry-uri", () -> "http://127.0.0.1:" + StandInServer.closedPort());
        properties.add("drugctl.routes.hotspot-uri", () -> "http://127.0.0.1:" + StandInServer.closedPort());
        properties.add("drugctl.routes.reporting-uri", () -> "http://127.0.0.1:" + StandInServer.closedPort());
    }

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(port);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"/api/registry/me, registry-service", "/api/hotspots/me, hotspot-service", "/api/reports/me, reporting-service"})
    void serviceRefusingConnectionsIs503ProblemDetailNamingIt(String path, String service) {
        HttpResponse<String> response = gateway.get(path, Tokens.valid());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).contains("10");
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/service-unavailable");
        assertThat(problem.get("title").asString()).isEqualTo("Service unavailable");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("service").asString()).isEqualTo(service);
        assertThat(problem.get("detail").asString()).startsWith(service + " is not available right now");
        assertThat(problem.get("instance").asString()).isEqualTo(path);
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void repeatedFailuresOpenThatServicesBreakerOnlyAndSayItOnce(CapturedOutput output) {
        CircuitBreaker reportingBreaker = breakers.getCircuitBreakerRegistry().circuitBreaker("reporting-service");
        int calls = 0;
        while (reportingBreaker.getState() != CircuitBreaker.State.OPEN && calls < 2 * RoutesConfiguration.MINIMUM_CALLS) {
            assertThat(gateway.get("/api/reports/attempt-" + calls++, Tokens.valid()).statusCode()).isEqualTo(503);
        }
        assertThat(reportingBreaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(calls).as("opened by the configured minimum of calls").isLessThanOrEqualTo(RoutesConfiguration.MINIMUM_CALLS);
        long warningsBeforeOpen = countLines(output, "reporting-service unavailable");

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> whileOpen = gateway.get("/api/reports/while-open", Tokens.valid());
            assertThat(whileOpen.statusCode()).isEqualTo(503);
            assertThat(GatewayClient.json(whileOpen).get("detail").asString())
                    .isEqualTo("reporting-service is not available right now (it failed repeatedly); try again shortly");
        }

        assertThat(breakers.getCircuitBreakerRegistry().find("registry-service").map(CircuitBreaker::getState))
                .isNotEqualTo(Optional.of(CircuitBreaker.State.OPEN));
        assertThat(countLines(output, "Circuit breaker reporting-service went from CLOSED to OPEN")).isEqualTo(1);
        assertThat(countLines(output, "reporting-service unavailable"))
                .as("no warning per request rejected by the open breaker").isEqualTo(warningsBeforeOpen);
    }

    private static long countLines(CapturedOutput output, String text) {
        return output.getOut().lines().filter(line -> line.contains(text)).count();
    }
}
