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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arrest and surveillance operations in the OpenAPI document: tagged by the resource a user recognises, a
 * one-line summary each, an example body for every write, and the Vietnamese labels of the enums.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArrestAndSurveillanceApiDocsIT {
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("hotspot_openapi_it"));
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:1"); // nothing is published here
    }

    @Autowired
    MockMvc mvc;

    @Test
    void everyOperationIsTaggedSummarisedAndEveryWriteHasAnExample() throws Exception {
        JsonNode document = OpenApiDocs.fetchAnonymously(mvc, "/api/hotspots");
        Map<String, String> tags = Map.of("/api/hotspots/incidents", "Arrests",
                "/api/hotspots/surveillance-records", "Surveillance records");
        List<String> paths = List.of("/api/hotspots/incidents", "/api/hotspots/incidents/{id}",
                "/api/hotspots/incidents/{id}/outcome", "/api/hotspots/incidents/{id}/corrections",
                "/api/hotspots/surveillance-records", "/api/hotspots/surveillance-records/{id}",
                "/api/hotspots/surveillance-records/counts",
                "/api/hotspots/surveillance-records/{id}/reclassifications",
                "/api/hotspots/surveillance-records/{id}/closing",
                "/api/hotspots/surveillance-records/{id}/corrections");
        assertThat(OpenApiDocs.paths(document)).containsAll(paths);
        int operations = 0;
        for (String path : paths) {
            String tag = tags.entrySet().stream().filter(t -> path.startsWith(t.getKey())).findFirst().orElseThrow()
                    .getValue();
            for (var method : document.path("paths").path(path).properties()) {
                JsonNode op = method.getValue();
                operations++;
                assertThat(op.path("tags").get(0).asString()).as(path).isEqualTo(tag);
                assertThat(op.path("summary").asString()).as(method.getKey() + " " + path).isNotBlank()
                        .doesNotContain("\n");
                if (method.getKey().equals("post")) {
                    assertThat(op.path("requestBody").path("content").path("application/json").path("examples")
                            .isEmpty()).as("example of POST " + path).isFalse();
                }
            }
        }
        assertThat(operations).isEqualTo(12);
        String text = document.toString();
        assertThat(text).contains("Tàng trữ", "Ma túy đá", "Khởi tố", "Hiềm nghi trên không gian mạng",
                "Đã khởi tố", "Triệt xóa");
    }
}
