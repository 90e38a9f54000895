package vn.drugctl.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only a token signed by the realm's key, from the configured issuer, for the API audience and not expired
 * (beyond the clock skew) gets through; every rejection is a 401 problem and never reaches a service.
 */
class AccessTokenIT extends StandInPlatform {

    /** Asserts a 401 problem with the Bearer challenge, and that the service never saw the request. */
    private JsonNode assertRejected(String path, String token) {
        HttpResponse<String> response = gateway.get(path, token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/unauthenticated");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("instance").asString()).isEqualTo(path);
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
        assertThat(registry.received(path)).as("the service never saw it").isNull();
        return problem;
    }

    @Test
    void requestWithoutTokenIsRejectedWithProblemDetail() {
        JsonNode problem = assertRejected("/api/registry/no-token", null);
        assertThat(problem.get("detail").asString()).isEqualTo("A bearer access token is required");
    }

    @Test
    void expiredTokenIsRejected() {
        JsonNode problem = assertRejected("/api/registry/expired",
                Tokens.officer().expiredAgo(Duration.ofMinutes(5)).sign());
        assertThat(problem.get("detail").asString()).contains("expired");
    }

    @Test
    void tokenExpiredWithinTheClockSkewIsStillAccepted() {
        String token = Tokens.officer().expiredAgo(Duration.ofSeconds(5)).sign();
        assertThat(gateway.get("/api/registry/within-skew", token).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() {
        assertRejected("/api/registry/forged", Tokens.officer().signedBy(Tokens.FORGER_KEY).sign());
    }

    @Test
    void tokenWithAlteredClaimsIsRejected() {
        String[] parts = Tokens.valid().split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace("HN-BL-VUBAN", "HN-BL-ANDO");
        String altered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes()) + "." + parts[2];
        assertRejected("/api/registry/altered", altered);
    }

    @Test
    void tokenForAnotherAudienceIsRejected() {
        JsonNode problem = assertRejected("/api/registry/audience", Tokens.officer().audience("other-app").sign());
        assertThat(problem.get("detail").asString()).contains("aud");
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        JsonNode problem = assertRejected("/api/registry/issuer",
                Tokens.officer().issuer("http://issuer.test/realms/other-province").sign());
        assertThat(problem.get("detail").asString()).contains("iss");
    }

    @Test
    void tokenWithoutExpiryIsRejected() {
        JsonNode problem = assertRejected("/api/registry/no-exp", Tokens.officer().withoutExpiry().sign());
        assertThat(problem.get("detail").asString()).contains("exp");
    }

    @Test
    void malformedTokenIsRejected() {
        assertRejected("/api/registry/malformed", "not-a-jwt");
    }

    @Test
    void exchangeApiWithoutThePartnerRoleIsForbiddenWithProblemDetail() {
        HttpResponse<String> response = gateway.get("/exchange/lookup", Tokens.valid());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/forbidden");
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
    }

    @Test
    void exchangeApiWithoutTokenIsUnauthenticated() {
        assertThat(gateway.get("/exchange/lookup", null).statusCode()).isEqualTo(401);
    }

    @Test
    void partnerPassesTheExchangeCheckButNothingIsServedThereYet() {
        HttpResponse<String> response = gateway.get("/exchange/lookup", Tokens.officer().roles("EXCHANGE_PARTNER").sign());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(GatewayClient.json(response).get("type").asString()).isEqualTo("https://drugctl.vn/problems/not-found");
        assertThat(registry.receivedAnythingUnder("/exchange")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/registry/units/HN-BL", "/api/reports/units/HN/registry-summary",
            "/api/hotspots/hotspots", "/api/registry/persons?name=doan"})
    void partnerTokenIsForbiddenOnTheApiNamingTheExchangeApiAndNeverReachesAService(String path) {
        HttpResponse<String> response = gateway.get(path, Tokens.officer().roles("EXCHANGE_PARTNER").sign());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/forbidden");
        assertThat(problem.get("detail").asString()).contains("/exchange/**");
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
        String servicePath = path.replaceAll("\\?.*", "");
        assertThat(Stream.of(registry, hotspot, reporting).map(s -> s.received(servicePath)))
                .as("no service saw it").containsOnlyNulls();
    }

    @Test
    void tokenHoldingAnOfficersAndThePartnerRoleIsTreatedAsAPartners() {
        HttpResponse<String> response = gateway.get("/api/registry/both-roles",
                Tokens.officer().roles("COMMUNE_OFFICER", "EXCHANGE_PARTNER").sign());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(GatewayClient.json(response).get("detail").asString()).contains("/exchange/**");
        assertThat(registry.received("/api/registry/both-roles")).isNull();
    }

    @Test
    void encodedSlashInThePathIsAnInvalidRequestProblemAndNeverReachesAService() {
        HttpResponse<String> response = gateway.get("/api/registry/units/HN%2FHN-BL", Tokens.valid());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/invalid-request");
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
        assertThat(registry.receivedAnythingUnder("/api/registry/units")).isFalse();
    }

    @Test
    void pathsOutsideTheApiAreDeniedEvenWithAToken() {
        assertThat(gateway.get("/internal/admin", Tokens.valid()).statusCode()).isEqualTo(403);
        assertThat(gateway.get("/actuator/env", Tokens.valid()).statusCode()).isEqualTo(403);
        // the circuit breakers' internal fallback cannot be called to fake an outage
        HttpResponse<String> fallback = gateway.get("/fallback/registry-service", Tokens.valid());
        assertThat(fallback.statusCode()).isEqualTo(403);
        assertThat(GatewayClient.json(fallback).get("type").asString()).isEqualTo("https://drugctl.vn/problems/forbidden");
    }

    @Test
    void keysAreFetchedOnceAndReusedForLaterTokens() {
        gateway.get("/api/registry/keys-1", Tokens.valid());
        int fetches = keycloak.keyFetches();
        gateway.get("/api/registry/keys-2", Tokens.valid());
        gateway.get("/api/registry/keys-3", Tokens.valid());

        assertThat(fetches).isPositive();
        assertThat(keycloak.keyFetches()).isEqualTo(fetches);
    }
}
