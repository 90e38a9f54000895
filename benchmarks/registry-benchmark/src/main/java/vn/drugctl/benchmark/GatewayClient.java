package vn.drugctl.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Calls to the gateway with a bearer token, timed from sending the request to having read the whole answer. */
final class GatewayClient {
    /** Status of an outcome without an HTTP answer (connection refused, time-out). */
    static final int NO_ANSWER = -1;

    /** @param failure why there was no answer; {@code null} when there was one */
    record Outcome(int status, String body, long nanos, String failure) {
        boolean is(int expected) {
            return status == expected;
        }
    }

    private final HttpClient http;
    private final URI gateway;
    private final Duration timeout;

    GatewayClient(HttpClient http, URI gateway, Duration timeout) {
        this.http = http;
        this.gateway = gateway;
        this.timeout = timeout;
    }

    /** An I/O failure in a few words: its kind, and its message where it has one. */
    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null || e.getMessage().isBlank() ? kind : kind + ": " + e.getMessage();
    }

    URI gateway() {
        return gateway;
    }

    Outcome postJson(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Outcome get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(timeout)
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token);
    }

    private Outcome send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), response.body(), System.nanoTime() - start, null);
        } catch (HttpTimeoutException e) {
            return new Outcome(NO_ANSWER, "", System.nanoTime() - start, "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Outcome(NO_ANSWER, "", System.nanoTime() - start,
                    "cannot reach the gateway at " + gateway + " (" + describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(NO_ANSWER, "", System.nanoTime() - start, "interrupted");
        }
    }
}
