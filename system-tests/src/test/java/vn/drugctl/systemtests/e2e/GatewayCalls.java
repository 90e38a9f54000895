package vn.drugctl.systemtests.e2e;

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
 * Calls through the shared platform's gateway as the demo users and the partner province, with tokens the real
 * Keycloak issues (password {@code demo}, client {@code test-cli}), and the checks every problem answer must pass.
 */
final class GatewayCalls {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final PlatformUnderTest platform;

    GatewayCalls(PlatformUnderTest platform) {
        this.platform = platform;
    }

    String token(String username) {
        return platform.keycloak().passwordToken("test-cli", username, "demo");
    }

    /** A client-credentials token of the partner province Bắc Ninh (role EXCHANGE_PARTNER). */
    String partnerToken() {
        return platform.keycloak().clientCredentialsToken("exchange-partner-bn", "partner-bn-secret");
    }

    HttpResponse<String> get(String path, String token) {
        return call("GET", path, token, null);
    }

    HttpResponse<String> post(String path, String token, String body) {
        return call("POST", path, token, body);
    }

    /** A call through the gateway; {@code token} may be null (anonymous), {@code body} is JSON or null. */
    HttpResponse<String> call(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
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

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The body of an answer that must have {@code status}; fails with the body and the services' log tails. */
    JsonNode expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(() -> response.request().method() + " " + response.request().uri() + ": "
                + response.body() + "\n" + platform.logTails()).isEqualTo(status);
        return json(response);
    }

    /**
     * An RFC 9457 problem of {@code https://drugctl.vn/problems/<type>} with the status, the problem media type and
     * the correlation id of the answer's {@code X-Correlation-Id} header.
     */
    static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response::body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/" + type);
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
        return problem;
    }
}
