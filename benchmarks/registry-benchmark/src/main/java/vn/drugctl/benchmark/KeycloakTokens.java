package vn.drugctl.benchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Access tokens from Keycloak by the password grant, one per user, fetched again before they expire: once less
 * than a quarter of a token's lifetime (at most a minute) is left, the next caller fetches a fresh one while the
 * others keep using the old one until then.
 */
final class KeycloakTokens {
    private static final JsonMapper json = JsonMapper.builder().build();

    private record Token(String value, Instant refreshAfter, Instant expiresAt) {
    }

    /** Keycloak refused or could not be reached; the message says which, with its answer. */
    static final class TokenException extends RuntimeException {
        TokenException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient http;
    private final URI endpoint;
    private final String clientId;
    private final String password;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final AtomicInteger fetches = new AtomicInteger();

    KeycloakTokens(HttpClient http, URI endpoint, String clientId, String password, Clock clock) {
        this.http = http;
        this.endpoint = endpoint;
        this.clientId = clientId;
        this.password = password;
        this.clock = clock;
    }

    /** A valid access token of {@code username}, fetched now if it has none or its one is about to expire. */
    String token(String username) {
        Token token = tokens.get(username);
        if (token != null && clock.instant().isBefore(token.refreshAfter())) {
            return token.value();
        }
        synchronized (locks.computeIfAbsent(username, u -> new Object())) {
            token = tokens.get(username);
            if (token == null || !clock.instant().isBefore(token.refreshAfter())) {
                token = fetch(username);
                tokens.put(username, token);
            }
            return token.value();
        }
    }

    int fetches() {
        return fetches.get();
    }

    private Token fetch(String username) {
        String form = "grant_type=password&client_id=" + encode(clientId) + "&username=" + encode(username)
                + "&password=" + encode(password);
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenException("Cannot reach Keycloak at " + endpoint + " (" + GatewayClient.describe(e)
                    + "); is the local stack up? ./platform status", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenException("Interrupted while fetching a token for " + username, e);
        }
        if (response.statusCode() != 200) {
            throw new TokenException("Keycloak refused a token for " + username + " (client " + clientId + "): HTTP "
                    + response.statusCode() + " " + response.body(), null);
        }
        fetches.incrementAndGet();
        JsonNode body = json.readTree(response.body());
        Instant now = clock.instant();
        long lifetime = body.path("expires_in").asLong(60);
        long margin = Math.min(60, Math.max(1, lifetime / 4));
        return new Token(body.path("access_token").asString(), now.plusSeconds(lifetime - margin),
                now.plusSeconds(lifetime));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
