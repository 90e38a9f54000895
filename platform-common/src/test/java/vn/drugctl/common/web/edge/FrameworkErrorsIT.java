package vn.drugctl.common.web.edge;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.testing.ServiceEdgeContract;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge every service shares (partner tokens, expiry, actuator port, encoded slash, 404/405/406), plus the
 * framework errors that need a write endpoint: 415 for a body that is not JSON, 413 for an upload over the limit.
 */
@TestPropertySource(properties = {
        "spring.application.name=edge-test", "drugctl.api.base-path=/api/edge", "drugctl.outbox.collections=",
        "management.server.port=0", "management.endpoints.web.exposure.include=health,info,prometheus",
        "management.endpoint.health.show-details=always", "management.endpoint.health.probes.enabled=true",
        "management.health.mongodb.enabled=false", "management.endpoint.health.group.readiness.include=readinessState,mongoPing",
        "spring.servlet.multipart.max-file-size=1KB", "spring.servlet.multipart.max-request-size=2KB"})
class FrameworkErrorsIT extends ServiceEdgeContract {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("edge_it"));
    }

    @Override
    protected String basePath() {
        return "/api/edge";
    }

    @Test
    void aWriteThatIsServedAsJsonIsWritten() {
        HttpResponse<String> response = send(port, "POST", "/api/edge/notes", OFFICER, "application/json",
                "{\"text\":\"Thôn Thượng\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() {
        HttpResponse<String> response = send(port, "POST", "/api/edge/notes", OFFICER, "text/plain", "Thôn Thượng");

        JsonNode problem = assertProblem(response, 415, "unsupported-media-type");
        assertThat(problem.get("detail").asString()).contains("text/plain");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/edge/notes");
    }

    @Test
    void anUploadOverTheLimitIsAPayloadTooLargeProblem() {
        String boundary = "----edge" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "x".repeat(1800) + "\r\n--" + boundary + "--\r\n";

        HttpResponse<String> response = send(port, "POST", "/api/edge/uploads", OFFICER,
                "multipart/form-data; boundary=" + boundary, body);

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void anUploadWithinTheLimitIsRead() {
        String boundary = "----edge" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"small.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "x".repeat(100) + "\r\n--" + boundary + "--\r\n";

        HttpResponse<String> response = send(port, "POST", "/api/edge/uploads", OFFICER,
                "multipart/form-data; boundary=" + boundary, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"bytes\":100");
    }

    @Test
    void aPartnerTokenIsRefusedOnWritesToo() {
        assertProblem(send(port, "POST", "/api/edge/notes", PARTNER, "application/json", "{\"text\":\"x\"}"),
                403, "forbidden");
    }
}
