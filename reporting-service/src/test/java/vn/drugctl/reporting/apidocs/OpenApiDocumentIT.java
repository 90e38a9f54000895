package vn.drugctl.reporting.apidocs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.testing.OpenApiDocs;

import static org.assertj.core.api.Assertions.assertThat;

/** The reporting service's OpenAPI document and Swagger UI, served under /api/reports without a token. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentIT {
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("reporting_openapi_it"));
        // no broker in this test: the projection's listener stays stopped
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:1");
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void documentIsServedWithoutATokenAndDescribesTheReportingServicesOwnApi() throws Exception {
        JsonNode document = OpenApiDocs.fetchAnonymously(mvc, "/api/reports");

        assertThat(document.path("info").path("title").asString()).isEqualTo("drugctl reporting-service");
        assertThat(document.path("info").path("version").asString()).isEqualTo("0.1.0");
        assertThat(OpenApiDocs.paths(document)).contains("/api/reports/me",
                "/api/reports/units/{code}/registry-summary", "/api/reports/checks/aggregate");
        assertThat(document.path("paths").path("/api/reports/checks/aggregate").path("post").path("responses")
                .propertyNames()).contains("200", "400", "401", "403");
        assertThat(OpenApiDocs.paths(document)).allMatch(path -> path.startsWith("/api/reports/"));
        assertThat(document.path("paths").path("/api/reports/units/{code}/registry-summary").path("get")
                .path("responses").propertyNames()).contains("200", "401", "403", "404");
        JsonNode reconciliation = document.path("paths").path("/api/reports/units/{code}/reconciliation").path("get");
        assertThat(reconciliation.path("tags").get(0).asString()).isEqualTo("Reconciliation");
        assertThat(reconciliation.path("parameters").valueStream().map(p -> p.path("name").asString()))
                .containsExactly("code");
        assertThat(reconciliation.path("responses").propertyNames()).contains("200", "401", "403", "404", "503");
        OpenApiDocs.assertSharedParts(document);
    }

    @Test
    void swaggerUiIsPublicButNothingElseBecameSo() throws Exception {
        OpenApiDocs.assertOnlyTheDocsArePublic(mvc, "/api/reports");
    }
}
