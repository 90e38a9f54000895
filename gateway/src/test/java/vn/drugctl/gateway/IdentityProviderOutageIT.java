package vn.drugctl.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak hangs (accepts connections, never answers): the gateway still starts and is ready, and a well-formed
 * token, which cannot be judged, is answered 503 after the JWK set time limit, not a misleading 401 or a hang.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderOutageIT {
    /** Listening but never accepting: connections complete in the kernel's backlog, no answer ever comes. */
    static final ServerSocket hungKeycloak = listenWithoutAnswering();

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    GatewayClient gateway;

    static ServerSocket listenWithoutAnswering() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("drugctl.security.issuer-uri", () -> Tokens.ISSUER);
        registry.add("drugctl.security.jwk-set-uri", () -> "http://127.0.0.1:" + hungKeycloak.getLocalPort() + "/certs");
        registry.add("drugctl.security.jwk-set-timeout", () -> "1s");
    }

    @AfterAll
    static void close() throws IOException {
        hungKeycloak.close();
    }

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(port);
    }

    @Test
    void gatewayIsReadyWhileKeycloakIsDown() {
        assertThat(new GatewayClient(managementPort).get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void wellFormedTokenIs503WhileKeysCannotBeFetched() {
        HttpResponse<String> response = gateway.get("/api/registry/me", Tokens.valid());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).contains("10");
        assertThat(GatewayClient.json(response).get("type").asString())
                .isEqualTo("https://drugctl.vn/problems/identity-provider-unavailable");
    }

    @Test
    void malformedTokenIsStill401() {
        HttpResponse<String> response = gateway.get("/api/registry/me", "not-a-jwt");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(GatewayClient.json(response).get("type").asString())
                .isEqualTo("https://drugctl.vn/problems/unauthenticated");
    }
}
