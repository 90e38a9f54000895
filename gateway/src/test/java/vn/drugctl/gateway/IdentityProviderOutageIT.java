package vn.drugctl.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** With the realm's keys unreachable, the gateway cannot judge a token: 503 naming the cause, not 401. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderOutageIT {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        int closed = GatewayIT.freePort();
        registry.add("drugctl.security.issuer-uri", () -> GatewayIT.ISSUER);
        registry.add("drugctl.security.jwk-set-uri", () -> "http://127.0.0.1:" + closed + "/certs");
    }

    private HttpResponse<String> get(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/registry/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void wellFormedTokenIs503WhileKeysAreUnreachable() throws Exception {
        HttpResponse<String> response = get(GatewayIT.validToken());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("10");
        assertThat(response.body()).contains("https://drugctl.vn/problems/identity-provider-unavailable");
    }

    @Test
    void malformedTokenIsStill401() throws Exception {
        HttpResponse<String> response = get("not-a-jwt");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("https://drugctl.vn/problems/unauthenticated");
    }
}
