package vn.drugctl.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's API documentation (OpenAPI document, Swagger UI) is public metadata: the gateway routes it
 * without a token, path unchanged, to the service that owns the base path. Nothing else became public.
 */
class ApiDocsRoutingIT extends StandInPlatform {

    private StandInServer standIn(String service) {
        return Map.of("registry", registry, "hotspot", hotspot, "reporting", reporting).get(service);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/api/registry/openapi, registry",
            "/api/hotspots/openapi, hotspot",
            "/api/reports/openapi, reporting",
            "/api/registry/openapi.yaml, registry",
            "/api/reports/openapi/swagger-config, reporting",
            "/api/hotspots/swagger-ui.html, hotspot",
            "/api/registry/swagger-ui/index.html, registry",
            "/api/reports/swagger-ui/swagger-ui-bundle.js, reporting"})
    void docsAreRoutedToTheirServiceWithoutAToken(String path, String service) {
        HttpResponse<String> response = gateway.get(path, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = GatewayClient.json(response);
        assertThat(body.get("service").asString()).isEqualTo(service);
        assertThat(body.get("path").asString()).as("path forwarded unchanged").isEqualTo(path);
        StandInServer.Received received = standIn(service).received(path);
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.header("Authorization")).isNull();
        assertThat(received.header("X-Correlation-Id")).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/registry/persons/docs-check", "/api/registry/openapi-private",
            "/api/hotspots/openapi.json", "/api/reports/units/openapi", "/api/registry/persons/swagger-ui/index.html"})
    void everyOtherApiPathStillNeedsAToken(String path) {
        HttpResponse<String> response = gateway.get(path, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(GatewayClient.json(response).get("type").asString())
                .isEqualTo("https://drugctl.vn/problems/unauthenticated");
        assertThat(registry.received(path)).isNull();
        assertThat(hotspot.received(path)).isNull();
        assertThat(reporting.received(path)).isNull();
    }

    @Test
    void onlyReadingTheDocsIsPublic() {
        String path = "/api/hotspots/swagger-ui/post-check";
        HttpResponse<String> response = gateway.send(gateway.request(path)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(hotspot.received(path)).isNull();
    }

    @Test
    void theOpenApiPathsAreOnlyThoseUnderEachServicesBasePath() {
        assertThat(gateway.get("/openapi", null).statusCode()).isIn(401, 403);
        assertThat(gateway.get("/swagger-ui/index.html", null).statusCode()).isIn(401, 403);
        assertThat(gateway.get("/v3/api-docs", null).statusCode()).isIn(401, 403);
    }
}
