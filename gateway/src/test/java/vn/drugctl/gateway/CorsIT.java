package vn.drugctl.gateway;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The future web client (http://localhost:5173 by default) may call the API from a browser; other origins not. */
class CorsIT extends StandInPlatform {

    private HttpResponse<String> preflight(String origin, String method, String headers) {
        HttpRequest.Builder request = gateway.request("/api/registry/persons")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method);
        if (headers != null) {
            request.header("Access-Control-Request-Headers", headers);
        }
        return gateway.send(request.build());
    }

    @Test
    void preflightFromTheWebClientIsAnsweredByTheGatewayWithoutToken() {
        HttpResponse<String> response = preflight("http://localhost:5173", "PATCH",
                "authorization, content-type, x-correlation-id");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:5173");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
                .contains("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("authorization", "content-type", "x-correlation-id");
        assertThat(response.headers().firstValue("Access-Control-Max-Age")).isPresent();
        assertThat(registry.received("/api/registry/persons")).as("the service never saw the preflight").isNull();
    }

    @Test
    void preflightFromAnotherOriginIsRejected() {
        HttpResponse<String> response = preflight("http://evil.example", "GET", "authorization");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void preflightAskingForUnlistedHeadersDoesNotAllowThem() {
        // Spring answers with the allowed subset; the browser then refuses to send the unlisted header
        HttpResponse<String> mixed = preflight("http://localhost:5173", "GET", "authorization, x-unit-code");
        assertThat(mixed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("authorization").doesNotContain("x-unit-code");

        assertThat(preflight("http://localhost:5173", "GET", "x-unit-code").statusCode()).isEqualTo(403);
    }

    @Test
    void actualRequestFromTheWebClientMayReadTheCorrelationId() {
        HttpResponse<String> response = gateway.get("/api/registry/cors-actual", Tokens.valid(),
                "Origin", "http://localhost:5173");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly("http://localhost:5173");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .containsIgnoringCase("X-Correlation-Id");
    }
}
