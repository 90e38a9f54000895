package vn.drugctl.hotspot.apidocs;

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

/** The hotspot service's OpenAPI document and Swagger UI, served under /api/hotspots without a token. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentIT {
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("hotspot_openapi_it"));
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:1"); // nothing is published here
    }

    @Autowired
    MockMvc mvc;

    @Test
    void documentIsServedWithoutATokenAndDescribesTheHotspotServicesOwnApi() throws Exception {
        JsonNode document = OpenApiDocs.fetchAnonymously(mvc, "/api/hotspots");

        assertThat(document.path("info").path("title").asString()).isEqualTo("drugctl hotspot-service");
        assertThat(document.path("info").path("version").asString()).isEqualTo("0.1.0");
        assertThat(OpenApiDocs.paths(document)).contains("/api/hotspots/me", "/api/hotspots/units",
                "/api/hotspots/units/{code}");
        assertThat(OpenApiDocs.paths(document)).allMatch(path -> path.startsWith("/api/hotspots/"));
        OpenApiDocs.assertSharedParts(document);
    }

    @Test
    void swaggerUiIsPublicButNothingElseBecameSo() throws Exception {
        OpenApiDocs.assertOnlyTheDocsArePublic(mvc, "/api/hotspots");
    }
}
