package vn.drugctl.common.testing;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Checks a service's OpenAPI document and Swagger UI as an anonymous caller sees them through MockMvc: served
 * under the service's base path without a token, carrying the platform's shared parts (bearer scheme, problem
 * answers), while every other path of the service still needs a token.
 */
public final class OpenApiDocs {
    private static final JsonMapper json = JsonMapper.builder().build();

    private OpenApiDocs() {
    }

    /** GETs {@code base/openapi} without a token; asserts a 200 JSON OpenAPI 3 document and returns it. */
    public static JsonNode fetchAnonymously(MockMvc mvc, String basePath) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(basePath + "/openapi")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        JsonNode document = json.readTree(response.getContentAsString());
        assertThat(document.path("openapi").asString()).startsWith("3.");
        return document;
    }

    public static List<String> paths(JsonNode document) {
        List<String> paths = new ArrayList<>();
        document.path("paths").propertyNames().forEach(paths::add);
        return paths;
    }

    /**
     * The parts platform-common's OpenApiDefaults adds: a global bearer-token requirement, the bearer JWT scheme,
     * the Problem schema, problem answers on every operation, and a relative server URL (so "Try it out" goes
     * through the host that served the document, the gateway). No parameter stands for the caller's tenant scope.
     */
    public static void assertSharedParts(JsonNode document) {
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("/");
        assertThat(document.path("security").get(0).has("bearer-jwt")).isTrue();
        JsonNode scheme = document.path("components").path("securitySchemes").path("bearer-jwt");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "correlationId", "errors");
        document.path("paths").forEach(item -> item.forEach(operation -> {
            assertThat(operation.path("responses").path("401").path("content").path("application/problem+json")
                    .path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
            operation.path("parameters").forEach(parameter ->
                    assertThat(parameter.path("name").asString()).isNotEqualTo("scope"));
        }));
    }

    /**
     * The YAML form and Swagger UI (page, assets and its config, which points at {@code base/openapi}) answer
     * without a token; nothing else became public: a POST to the document's path, a path that only starts like it
     * and {@code base/me} still answer 401.
     */
    public static void assertOnlyTheDocsArePublic(MockMvc mvc, String basePath) throws Exception {
        assertThat(status(mvc, basePath + "/openapi.yaml")).isEqualTo(200);
        MockHttpServletResponse welcome = mvc.perform(get(basePath + "/swagger-ui.html")).andReturn().getResponse();
        assertThat(welcome.getStatus()).isEqualTo(302);
        assertThat(welcome.getHeader("Location")).as("relative, so it works through the gateway")
                .isEqualTo(basePath + "/swagger-ui/index.html");
        assertThat(status(mvc, basePath + "/swagger-ui/index.html")).isEqualTo(200);
        assertThat(status(mvc, basePath + "/swagger-ui/swagger-ui-bundle.js")).isEqualTo(200);
        MockHttpServletResponse config = mvc.perform(get(basePath + "/openapi/swagger-config")).andReturn().getResponse();
        assertThat(config.getStatus()).isEqualTo(200);
        assertThat(json.readTree(config.getContentAsString()).path("url").asString()).isEqualTo(basePath + "/openapi");

        assertThat(mvc.perform(post(basePath + "/openapi")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(status(mvc, basePath + "/openapi-private")).isEqualTo(401);
        assertThat(status(mvc, basePath + "/me")).isEqualTo(401);
    }

    private static int status(MockMvc mvc, String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }
}
