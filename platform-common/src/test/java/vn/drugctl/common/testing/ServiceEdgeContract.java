package vn.drugctl.common.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service answers at its edge, proven on a real port (Tomcat, the security filter chain, the management
 * server), not through MockMvc: partner tokens refused on the API, a token without expiry refused, the framework's own
 * errors as the platform's problems with the correlation id, an encoded slash refused as a problem, and the actuator
 * on the management port only. A service's test extends this, names its base path and supplies its stores.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignedTokens.Decoder.class)
public abstract class ServiceEdgeContract {
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    protected static final String OFFICER = SignedTokens.of("officer.hn-bl-vuban", "HN-BL-VUBAN", "COMMUNE_OFFICER");
    protected static final String PARTNER = SignedTokens.of("service-account-exchange-partner-bn", "PARTNER-BN",
            "EXCHANGE_PARTNER");

    @LocalServerPort
    protected int port;
    @LocalManagementPort
    protected int managementPort;

    /** The service's API base path, e.g. {@code /api/registry}. */
    protected abstract String basePath();

    protected HttpResponse<String> send(int port, String method, String path, String token, String contentType,
                                        String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> get(String path, String token) {
        return send(port, "GET", path, token, null, null);
    }

    /** Asserts an {@code application/problem+json} answer of the type, with the answer's correlation id; returns it. */
    protected static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("correlationId").asString()).as("the correlation id of the answer")
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
        return problem;
    }

    @Test
    void anOfficersTokenIsServed() {
        HttpResponse<String> me = get(basePath() + "/me", OFFICER);

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json.readTree(me.body()).get("username").asString()).isEqualTo("officer.hn-bl-vuban");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/me", "/units", "/units/HN"})
    void aPartnerTokenIsForbiddenOnTheApiNamingTheExchangeApi(String path) {
        JsonNode problem = assertProblem(get(basePath() + path, PARTNER), 403, "forbidden");

        assertThat(problem.get("detail").asString()).contains("/exchange/**");
    }

    @Test
    void aTokenHoldingAnOfficersAndThePartnerRoleIsTreatedAsAPartners() {
        String both = SignedTokens.of("officer.hn-bl-vuban", "HN-BL-VUBAN", "COMMUNE_OFFICER", "EXCHANGE_PARTNER");

        assertProblem(get(basePath() + "/me", both), 403, "forbidden");
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        String forever = SignedTokens.withoutExpiry("officer.hn-bl-vuban", "HN-BL-VUBAN", "COMMUNE_OFFICER");

        JsonNode problem = assertProblem(get(basePath() + "/me", forever), 401, "unauthenticated");
        assertThat(problem.get("detail").asString()).contains("exp");
    }

    @Test
    void anEncodedSlashInThePathIsAnInvalidRequestProblem() {
        JsonNode problem = assertProblem(get(basePath() + "/units/HN%2FHN-BL", OFFICER), 400, "invalid-request");

        assertThat(problem.get("detail").asString()).contains("%2F");
    }

    @Test
    void aPathNothingServesIsANotFoundProblem() {
        assertProblem(get(basePath() + "/nothing-here", OFFICER), 404, "not-found");
    }

    @Test
    void aMethodThePathDoesNotServeIsAMethodNotAllowedProblem() {
        HttpResponse<String> response = send(port, "DELETE", basePath() + "/me", OFFICER, null, null);

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void anAnswerTheClientDoesNotAcceptIsANotAcceptableProblem() {
        HttpResponse<String> response = http(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + basePath() + "/me"))
                .header("Authorization", "Bearer " + OFFICER).header("Accept", "text/csv").GET().build());

        assertProblem(response, 406, "not-acceptable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus", "/actuator/info"})
    void theApiPortServesNoActuatorEndpoint(String path) {
        assertProblem(get(path, null), 404, "not-found");
        assertProblem(get(path, OFFICER), 404, "not-found");
    }

    @Test
    void theManagementPortServesHealthWithDetailsProbesInfoAndMetrics() {
        HttpResponse<String> health = send(managementPort, "GET", "/actuator/health", null, null, null);
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("components").has("mongoPing")).as(health.body()).isTrue();
        HttpResponse<String> readiness = send(managementPort, "GET", "/actuator/health/readiness", null, null, null);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(json.readTree(readiness.body()).at("/components/mongoPing/status").asString()).isEqualTo("UP");
        for (String probe : new String[]{"/actuator/health/liveness", "/actuator/info"}) {
            assertThat(send(managementPort, "GET", probe, null, null, null).statusCode()).as(probe).isEqualTo(200);
        }
        HttpResponse<String> metrics = send(managementPort, "GET", "/actuator/prometheus", null, null, null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(send(managementPort, "GET", "/actuator/env", null, null, null).statusCode())
                .as("only health, info and prometheus are open").isIn(401, 404);
    }

    protected HttpResponse<String> http(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
