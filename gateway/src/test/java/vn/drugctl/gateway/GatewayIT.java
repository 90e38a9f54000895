package vn.drugctl.gateway;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway against a stand-in JWK set and stand-in services on local ports (the real Keycloak and services
 * are exercised end to end in system-tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {
    static final String ISSUER = "http://127.0.0.1/realms/drugctl-test";
    static final RSAKey KEY = generate();
    static final RSAKey OTHER_KEY = generate();
    static final Map<String, Map<String, String>> received = new ConcurrentHashMap<>();
    static final HttpServer stub = startStub();
    static final int closedPort = freePort();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(java.util.UUID.randomUUID().toString()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the JWK set and plays the downstream services: records headers, answers by path. */
    static HttpServer startStub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/certs", ex -> {
                byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
                ex.close();
            });
            server.createContext("/api/", ex -> {
                String path = ex.getRequestURI().getPath();
                ex.getResponseHeaders().add("X-Correlation-Id",
                        String.valueOf(ex.getRequestHeaders().getFirst("X-Correlation-Id")));
                received.put(path, Map.of(
                        "authorization", String.valueOf(ex.getRequestHeaders().getFirst("Authorization")),
                        "correlation", String.valueOf(ex.getRequestHeaders().getFirst("X-Correlation-Id"))));
                int status = path.endsWith("/missing") ? 404 : 200;
                if (path.endsWith("/slow")) {
                    try {
                        new java.util.concurrent.CountDownLatch(1).await(3, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                byte[] body = ("{\"path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(status, body.length);
                ex.getResponseBody().write(body);
                ex.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String stubUri = "http://127.0.0.1:" + stub.getAddress().getPort();
        registry.add("drugctl.security.issuer-uri", () -> ISSUER);
        registry.add("drugctl.security.jwk-set-uri", () -> stubUri + "/certs");
        registry.add("drugctl.security.clock-skew", () -> "2s");
        registry.add("drugctl.routes.registry.uri", () -> stubUri);
        registry.add("drugctl.routes.reporting.uri", () -> stubUri);
        registry.add("drugctl.routes.reporting.timeout", () -> "1s");
        registry.add("drugctl.routes.hotspot.uri", () -> "http://127.0.0.1:" + closedPort);
    }

    @AfterAll
    static void stopStub() {
        stub.stop(0);
    }

    static String token(RSAKey key, String issuer, String audience, Instant expiry, List<String> roles) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("user-1").audience(audience)
                    .expirationTime(Date.from(expiry)).issueTime(new Date())
                    .claim("preferred_username", "officer.vuban").claim("unit", "HN-BL-VUBAN").claim("roles", roles)
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String validToken() {
        return token(KEY, ISSUER, "drugctl-api", Instant.now().plusSeconds(300), List.of("COMMUNE_OFFICER"));
    }

    HttpResponse<String> get(String path, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void validTokenIsRoutedWithTheTokenAndACorrelationId() throws Exception {
        String token = validToken();
        HttpResponse<String> response = get("/api/registry/me", token, Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/registry/me");
        assertThat(received.get("/api/registry/me").get("authorization")).isEqualTo("Bearer " + token);
        assertThat(response.headers().allValues("X-Correlation-Id")).hasSize(1);
        String correlation = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(received.get("/api/registry/me").get("correlation")).isEqualTo(correlation);

        HttpResponse<String> propagated = get("/api/reports/me", token, Map.of("X-Correlation-Id", "client-chosen-42"));
        assertThat(propagated.headers().firstValue("X-Correlation-Id")).contains("client-chosen-42");
        assertThat(received.get("/api/reports/me").get("correlation")).isEqualTo("client-chosen-42");
    }

    @Test
    void missingExpiredForgedWrongAudienceOrIssuerTokensAre401ProblemDetails() throws Exception {
        HttpResponse<String> none = get("/api/registry/me", null, Map.of());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(none.body()).contains("https://drugctl.vn/problems/unauthenticated").contains("correlationId");

        List<String> bad = List.of(
                token(KEY, ISSUER, "drugctl-api", Instant.now().minusSeconds(120), List.of("COMMUNE_OFFICER")),
                token(OTHER_KEY, ISSUER, "drugctl-api", Instant.now().plusSeconds(300), List.of("COMMUNE_OFFICER")),
                token(KEY, ISSUER, "account", Instant.now().plusSeconds(300), List.of("COMMUNE_OFFICER")),
                token(KEY, "http://evil.example/realms/drugctl", "drugctl-api", Instant.now().plusSeconds(300), List.of("COMMUNE_OFFICER")));
        for (String token : bad) {
            HttpResponse<String> response = get("/api/registry/me", token, Map.of());
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("The access token is invalid");
        }
        assertThat(received).doesNotContainKey("/api/registry/never");
    }

    @Test
    void unreachableServiceIs503NamingIt() throws Exception {
        HttpResponse<String> response = get("/api/hotspots/me", validToken(), Map.of());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body()).contains("\"service\":\"hotspot-service\"")
                .contains("https://drugctl.vn/problems/service-unavailable");
    }

    @Test
    void slowServiceIs503AfterItsRouteTimeout() throws Exception {
        HttpResponse<String> response = get("/api/reports/slow", validToken(), Map.of());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("reporting-service did not answer in time");
    }

    @Test
    void serviceAnswersPassThroughUnchanged() throws Exception {
        assertThat(get("/api/registry/missing", validToken(), Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void corsPreflightFromTheWebClientIsAllowedWithoutToken() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/registry/me"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").build();
        HttpResponse<String> allowed = http.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:5173");

        HttpRequest foreign = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/registry/me"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "GET").build();
        assertThat(http.send(foreign, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    @Test
    void exchangeApiNeedsThePartnerRole() throws Exception {
        HttpResponse<String> response = get("/exchange/lookup", validToken(), Map.of());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("https://drugctl.vn/problems/forbidden");
    }

    @Test
    void probesAndMetricsAreOpen() throws Exception {
        assertThat(get("/actuator/health/readiness", null, Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = get("/actuator/prometheus", null, Map.of());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }
}
