package vn.drugctl.gateway;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller that reuses its keep-alive connection right after an answer the gateway gave at once, without routing (a
 * 401 of the token check), is answered promptly. Reactor Netty 1.3.x could buffer such a next request while the
 * previous request's operations were still terminating and then never resume reading the connection: the caller waited
 * until its own timeout (seen once in six runs of the end-to-end tests, 30 s). The gateway sets
 * {@code reactor.netty.http.server.lastFlushWhenNoRead} (GatewayApplication), which closes that route.
 */
class KeepAliveAfterEarlyAnswersIT extends StandInPlatform {
    /** Below the per-user burst of the tests' rate limit; without the setting the stall came within 10 rounds. */
    private static final int ROUNDS = 90;

    @Test
    void aRequestRightAfterA401OnTheSameConnectionIsAnsweredPromptly() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String token = Tokens.valid();
        for (int i = 0; i < ROUNDS; i++) {
            HttpResponse<String> anonymous = http.send(request("/api/registry/units").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as("round %d, anonymous", i).isEqualTo(401);
            HttpResponse<String> known = http.send(request("/api/reports/answers/bytes/16")
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(known.statusCode()).as("round %d, with a token", i).isEqualTo(200);
        }
    }

    private HttpRequest.Builder request(String path) {
        // far above a normal answer (a few ms), far below the 30 s a lost read cost
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(3));
    }
}
