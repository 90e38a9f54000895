package vn.drugctl.registry.apidocs;

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

/** The registry's OpenAPI document and Swagger UI, served under /api/registry without a token. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentIT {
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("registry_openapi_it"));
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:1"); // nothing is published here
    }

    @Autowired
    MockMvc mvc;

    @Test
    void documentIsServedWithoutATokenAndDescribesTheRegistrysOwnApi() throws Exception {
        JsonNode document = OpenApiDocs.fetchAnonymously(mvc, "/api/registry");

        assertThat(document.path("info").path("title").asString()).isEqualTo("drugctl registry-service");
        assertThat(document.path("info").path("version").asString()).isEqualTo("0.1.0");
        assertThat(OpenApiDocs.paths(document)).contains("/api/registry/persons", "/api/registry/me",
                "/api/registry/units", "/api/registry/units/{code}");
        assertThat(OpenApiDocs.paths(document)).allMatch(path -> path.startsWith("/api/registry/"));
        assertThat(document.path("paths").path("/api/registry/persons").path("post").path("responses").propertyNames())
                .as("a write documents its rejections").contains("201", "400", "401", "403", "409", "422");
        assertThat(OpenApiDocs.paths(document)).contains("/api/registry/persons/{id}/list-changes",
                "/api/registry/persons/{id}/corrections", "/api/registry/persons/{id}/rehab-dossiers/{dossierId}/stages",
                "/api/registry/imports", "/api/registry/audit/persons/{personId}",
                "/api/registry/management-periods/expiry", "/api/registry/notifications");
        assertThat(document.path("paths").path("/api/registry/imports").path("post").path("responses").has("202"))
                .isTrue();
        JsonNode reconciliation = document.path("paths").path("/api/registry/reconciliation/units/{code}").path("get");
        assertThat(reconciliation.path("tags").get(0).asString()).isEqualTo("Reconciliation");
        assertThat(reconciliation.path("summary").asString()).isNotBlank();
        assertThat(reconciliation.path("responses").propertyNames()).contains("200", "401", "403", "404");
        OpenApiDocs.assertSharedParts(document);
        // operations are grouped by the resources a user recognises, never by controller class names
        java.util.Set<String> tags = new java.util.TreeSet<>();
        document.path("paths").forEach(path -> path.forEach(operation -> operation.path("tags")
                .forEach(tag -> tags.add(tag.asString()))));
        assertThat(tags).containsExactlyInAnyOrder("Persons", "Person changes", "Survey imports",
                "Management periods", "Audit trail", "Notifications", "Scope and units", "Reconciliation");
    }

    @Test
    void swaggerUiIsPublicButNothingElseBecameSo() throws Exception {
        OpenApiDocs.assertOnlyTheDocsArePublic(mvc, "/api/registry");
    }
}
