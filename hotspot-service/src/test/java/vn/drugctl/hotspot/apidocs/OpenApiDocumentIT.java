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
        // the collection itself is /api/hotspots (the gateway routes /api/hotspots/** and /api/hotspots)
        assertThat(OpenApiDocs.paths(document)).allMatch(path -> path.equals("/api/hotspots")
                || path.startsWith("/api/hotspots/"));
        JsonNode reconciliation = document.path("paths").path("/api/hotspots/reconciliation/units/{code}").path("get");
        assertThat(reconciliation.path("tags").get(0).asString()).isEqualTo("Reconciliation");
        assertThat(reconciliation.path("summary").asString()).isNotBlank();
        assertThat(reconciliation.path("responses").propertyNames()).contains("200", "401", "403", "404");
        OpenApiDocs.assertSharedParts(document);
        assertThat(OpenApiDocs.paths(document)).contains("/api/hotspots", "/api/hotspots/{id}",
                "/api/hotspots/map.geojson", "/api/hotspots/{id}/details", "/api/hotspots/{id}/escalations",
                "/api/hotspots/{id}/neutralisations", "/api/hotspots/{id}/eradications", "/api/hotspots/{id}/removals",
                "/api/hotspots/{id}/reactivations", "/api/hotspots/{id}/corrections",
                "/api/hotspots/audit/hotspots/{hotspotId}");
        JsonNode create = document.path("paths").path("/api/hotspots").path("post");
        assertThat(create.path("summary").asString()).isNotBlank();
        assertThat(create.path("responses").propertyNames()).contains("201", "200", "400", "403", "409", "422");
        assertThat(create.path("requestBody").toString()).contains("licensedBusiness", "KARAOKE");
        // operations grouped by resources a user recognises; every one with a one-line summary
        java.util.Set<String> tags = new java.util.TreeSet<>();
        document.path("paths").forEach(path -> path.forEach(operation -> {
            operation.path("tags").forEach(tag -> tags.add(tag.asString()));
        }));
        assertThat(tags).contains("Hotspots", "Hotspot changes", "Audit trail");
        document.path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/api/hotspots/{id}") || path.getKey().equals("/api/hotspots")) {
                path.getValue().forEach(operation -> assertThat(operation.path("summary").asString())
                        .as(path.getKey()).isNotBlank());
            }
        });
        // enums carry their Vietnamese labels
        assertThat(document.toString()).contains("RISK_POINT: Điểm có nguy cơ", "KARAOKE: Karaoke",
                "ERADICATED: Đã triệt xóa", "NEWLY_FOUND_BY_REVIEW: Rà soát mới phát hiện");
    }

    @Test
    void swaggerUiIsPublicButNothingElseBecameSo() throws Exception {
        OpenApiDocs.assertOnlyTheDocsArePublic(mvc, "/api/hotspots");
    }
}
