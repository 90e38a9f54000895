package vn.drugctl.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The limits that keep one caller from taking a service down for everyone, through the gateway: per-caller rates
 * (429), request body sizes (413, with the survey upload on its own route), and a service bulkhead whose rejections
 * (503 service-busy) do not open the service's circuit breaker. Small limits here (5 requests a minute per user, 3
 * per partner system, 20 registry calls at once) so that they are reached quickly; each test calls as its own users.
 */
@TestPropertySource(properties = {
        "drugctl.rate-limit.users.requests-per-period=5", "drugctl.rate-limit.users.period=1m",
        "drugctl.rate-limit.users.burst=5",
        "drugctl.rate-limit.partners.requests-per-period=3", "drugctl.rate-limit.partners.period=1m",
        "drugctl.rate-limit.partners.burst=3",
        "drugctl.routes.registry-max-concurrent-calls=20"})
class RequestLimitsIT extends StandInPlatform {
    static final int ONE_MB = 1 << 20;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    private static String user(String name) {
        return Tokens.officer().subject(name + "-" + UUID.randomUUID()).sign();
    }

    private CircuitBreaker breaker(String name) {
        return breakers.getCircuitBreakerRegistry().find(name).orElseThrow();
    }

    private HttpResponse<String> post(String path, String token, String contentType, HttpRequest.BodyPublisher body) {
        return gateway.send(gateway.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(body).build());
    }

    /**
     * A request the gateway refuses (413) before it has read the whole body. It answers while the client is still
     * sending and then closes the connection, and now and then the JDK client's read loses that race ("header parser
     * received no bytes") before it sees the answer. Sending again is harmless (nothing is forwarded); five sends
     * without an answer fail the test.
     */
    private HttpResponse<String> refused(String path, String token, String contentType,
                                         java.util.function.Supplier<HttpRequest.BodyPublisher> body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return post(path, token, contentType, body.get());
            } catch (java.io.UncheckedIOException closedEarly) {
                if (attempt == 5) {
                    throw closedEarly;
                }
            }
        }
    }

    private static byte[] json(int bytes) {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) 'a');
        byte[] head = "{\"note\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        body[bytes - 2] = '"';
        body[bytes - 1] = '}';
        return body;
    }

    /** A multipart/form-data body with one CSV file part of about {@code bytes} bytes. */
    private static byte[] surveyUpload(String boundary, int bytes) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"khao-sat.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\nHọ và tên,Giới tính,Năm sinh\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bytes];
        byte[] row = "Nguyễn Văn Mẫu,Nam,1990\r\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes; i++) {
            body[i] = row[i % row.length];
        }
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(end, 0, body, bytes - end.length, end.length);
        return body;
    }

    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    @Test
    void aUserOverTheRateGets429WithRetryAfterWhileAnotherUserStillGets200() {
        String subject = "eager-" + UUID.randomUUID();
        String eager = Tokens.officer().subject(subject).sign();
        long failedBefore = breaker("registry-service").getMetrics().getNumberOfFailedCalls();
        for (int i = 0; i < 5; i++) {
            assertThat(gateway.get("/api/registry/eager/" + i, eager).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> over = gateway.get("/api/registry/eager/over", eager);

        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(over.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        JsonNode problem = GatewayClient.json(over);
        assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/rate-limited");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString())
                .contains("5 requests per 1min (bursts of up to 5) per user").contains("try again in");
        assertThat(problem.get("limit").get("requestsPerPeriod").asInt()).isEqualTo(5);
        assertThat(problem.get("limit").get("period").asString()).isEqualTo("1min");
        assertThat(problem.get("limit").get("burst").asInt()).isEqualTo(5);
        assertThat(problem.get("limit").get("per").asString()).isEqualTo("user");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/registry/eager/over");
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(over.headers().firstValue("X-Correlation-Id").orElseThrow());
        assertThat(registry.received("/api/registry/eager/over")).as("limited before routing").isNull();
        assertThat(gateway.get("/api/registry/eager/new-token", Tokens.officer().subject(subject).sign()).statusCode())
                .as("a fresh token of the same user shares the user's limit").isEqualTo(429);

        assertThat(gateway.get("/api/registry/calm", user("calm")).statusCode()).isEqualTo(200);
        assertThat(breaker("registry-service").getMetrics().getNumberOfFailedCalls())
                .as("a rejected request is no failure of the service").isEqualTo(failedBefore);
    }

    @Test
    void aPartnerSystemIsLimitedAsOneClientWhateverTheSubjectOfItsTokens() {
        String client = "exchange-partner-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            String token = Tokens.officer().roles("EXCHANGE_PARTNER").client(client).subject(UUID.randomUUID().toString()).sign();
            assertThat(gateway.get("/exchange/lookup", token).statusCode()).as("allowed, then nothing routed there yet")
                    .isEqualTo(404);
        }

        HttpResponse<String> over = gateway.get("/exchange/lookup",
                Tokens.officer().roles("EXCHANGE_PARTNER").client(client).subject(UUID.randomUUID().toString()).sign());

        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(over.headers().firstValue("Retry-After")).isPresent();
        JsonNode problem = GatewayClient.json(over);
        assertThat(problem.get("detail").asString()).contains("3 requests per 1min (bursts of up to 3) per partner system");
        assertThat(problem.get("limit").get("per").asString()).isEqualTo("partner");
        assertThat(gateway.get("/exchange/lookup", Tokens.officer().roles("EXCHANGE_PARTNER")
                .client("exchange-partner-other").subject(UUID.randomUUID().toString()).sign()).statusCode())
                .as("another partner system has its own limit").isEqualTo(404);
    }

    @Test
    void aTwoMegabyteJsonBodyIs413NamingTheLimitAndNeverReachesTheService() {
        HttpResponse<String> response = refused("/api/registry/persons/large-1", user("large"), "application/json",
                () -> HttpRequest.BodyPublishers.ofByteArray(json(2 * ONE_MB)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/payload-too-large");
        assertThat(problem.get("detail").asString()).isEqualTo("A request body may not exceed 1 MB (1048576 bytes)");
        assertThat(problem.get("maxBytes").asLong()).isEqualTo(ONE_MB);
        assertThat(problem.get("correlationId").asString()).isNotBlank();
        assertThat(registry.received("/api/registry/persons/large-1")).isNull();
    }

    @Test
    void aChunkedJsonBodyIsReadUpToTheLimitBeforeAnythingIsForwarded() {
        String token = user("chunked");

        HttpResponse<String> tooLarge = refused("/api/registry/persons/large-chunked", token, "application/json",
                () -> chunked(json(2 * ONE_MB)));
        HttpResponse<String> fits = post("/api/registry/persons/fits-chunked", token, "application/json",
                chunked(json(ONE_MB)));

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(GatewayClient.json(tooLarge).get("type").asString())
                .isEqualTo("https://drugctl.vn/problems/payload-too-large");
        assertThat(registry.received("/api/registry/persons/large-chunked")).as("not even in part").isNull();
        assertThat(fits.statusCode()).isEqualTo(200);
        StandInServer.Received received = registry.received("/api/registry/persons/fits-chunked");
        assertThat(received.bodyBytes()).isEqualTo(ONE_MB);
        assertThat(received.header("Content-Length")).as("forwarded whole, with its length").isEqualTo("" + ONE_MB);
        assertThat(received.header("Transfer-Encoding")).isNull();
    }

    @Test
    void aFiveMegabyteSurveyUploadPassesOnItsOwnRouteButNowhereElse() {
        String token = user("uploader");
        String boundary = "drugctl-" + UUID.randomUUID();
        byte[] upload = surveyUpload(boundary, 5 * ONE_MB);

        HttpResponse<String> imported = post("/api/registry/imports", token, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(upload));
        HttpResponse<String> elsewhere = refused("/api/registry/persons/upload", token,
                "multipart/form-data; boundary=" + boundary, () -> HttpRequest.BodyPublishers.ofByteArray(upload));

        assertThat(imported.statusCode()).isEqualTo(200);
        StandInServer.Received received = registry.received("/api/registry/imports");
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.bodyBytes()).isEqualTo(upload.length);
        assertThat(elsewhere.statusCode()).isEqualTo(413);
        assertThat(breakers.getTimeLimiterRegistry().find("registry-service-imports").orElseThrow()
                .getTimeLimiterConfig().getTimeoutDuration()).as("its own, longer time limit")
                .isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void anUploadOverItsLimitIs413NamingTheUploadLimit() {
        String boundary = "drugctl-" + UUID.randomUUID();
        StandInServer.Received before = registry.received("/api/registry/imports");

        String hugeUploader = user("huge-upload");
        byte[] huge = surveyUpload(boundary, 22 * ONE_MB);
        HttpResponse<String> response = refused("/api/registry/imports", hugeUploader,
                "multipart/form-data; boundary=" + boundary, () -> HttpRequest.BodyPublishers.ofByteArray(huge));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.get("detail").asString())
                .isEqualTo("An upload to POST /api/registry/imports may not exceed 21 MB (22020096 bytes)");
        assertThat(problem.get("maxBytes").asLong()).isEqualTo(21L * ONE_MB);
        assertThat(registry.received("/api/registry/imports")).as("nothing new arrived").isSameAs(before);
    }

    @Test
    void aChunkedUploadPastItsLimitIsBrokenOffAnswered413AndCountsNothingAgainstTheService() {
        String boundary = "drugctl-" + UUID.randomUUID();
        CircuitBreaker uploads = breaker("registry-service-imports");

        String chunkedUploader = user("chunked-upload");
        byte[] upload = surveyUpload(boundary, 22 * ONE_MB);
        HttpResponse<String> response = refused("/api/registry/imports", chunkedUploader,
                "multipart/form-data; boundary=" + boundary, () -> chunked(upload));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(GatewayClient.json(response).get("maxBytes").asLong()).isEqualTo(21L * ONE_MB);
        assertThat(uploads.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(uploads.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void fortyConcurrentSlowCallsByManyUsersAreTurnedAwayBusyWithoutOpeningTheBreakerForLaterCalls() throws Exception {
        CircuitBreaker breaker = breaker("registry-service");
        long failedBefore = breaker.getMetrics().getNumberOfFailedCalls();
        List<HttpResponse<String>> answers;
        try (AutoCloseable hold = registry.holdAnswers();
             ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> calls = IntStream.range(0, 40)
                    .mapToObj(i -> callers.submit(() -> gateway.get("/api/registry/crowd/" + i + "/held", user("crowd"))))
                    .toList();
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    registry.held() == 20 && calls.stream().filter(Future::isDone).count() == 20);
            hold.close();
            answers = calls.stream().map(call -> {
                try {
                    return call.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }

        assertThat(answers).filteredOn(a -> a.statusCode() == 200).as("as many as the bulkhead admits").hasSize(20);
        List<HttpResponse<String>> busy = answers.stream().filter(a -> a.statusCode() == 503).toList();
        assertThat(busy).hasSize(20).allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("Retry-After")).contains("1");
            JsonNode problem = GatewayClient.json(answer);
            assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/service-busy");
            assertThat(problem.get("service").asString()).isEqualTo("registry-service");
            assertThat(problem.get("maxConcurrentCalls").asInt()).isEqualTo(20);
        });
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(failedBefore);
        assertThat(gateway.get("/api/registry/after-the-crowd", user("later")).statusCode()).isEqualTo(200);
    }
}
