package vn.drugctl.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error WebFlux raises while the gateway handles a request itself answers a problem of the platform's type for
 * its status (the same the services give the same errors) with the correlation id; never Boot's error JSON.
 */
class ProblemDetailErrorHandlerTest {
    /** As the gateway's own mapper writes problems: RFC 9457 members, extra properties at the top level. */
    private static final JsonMapper json = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    static Stream<Arguments> frameworkErrors() {
        return Stream.of(
                Arguments.of(new UnsupportedMediaTypeStatusException(MediaType.TEXT_PLAIN, List.of(MediaType.APPLICATION_JSON)),
                        415, "unsupported-media-type"),
                Arguments.of(new MethodNotAllowedException(HttpMethod.DELETE, Set.of(HttpMethod.GET)), 405, "method-not-allowed"),
                Arguments.of(new NotAcceptableStatusException(List.of(MediaType.APPLICATION_JSON)), 406, "not-acceptable"),
                Arguments.of(new PayloadTooLargeException(new IllegalStateException("over 1 MB")), 413, "payload-too-large"),
                Arguments.of(new ServerWebInputException("bad path"), 400, "invalid-request"),
                Arguments.of(new ResponseStatusException(HttpStatus.NOT_FOUND), 404, "not-found"),
                Arguments.of(new ResponseStatusException(HttpStatus.I_AM_A_TEAPOT), 418, "invalid-request"),
                Arguments.of(new IllegalStateException("boom"), 500, "internal"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("frameworkErrors")
    void aFrameworkErrorIsAProblemOfThePlatformsTypeWithTheCorrelationId(Throwable error, int status, String type) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.delete("/api/registry/x"));
        exchange.getAttributes().put(CorrelationIdFilter.ATTRIBUTE, "test-correlation-0001");

        new ProblemDetailErrorHandler(json).handle(exchange, error).block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(status);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(exchange.getResponse().getBodyAsString().block());
        assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("correlationId").asString()).isEqualTo("test-correlation-0001");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/registry/x");
        if (status == 405) {
            assertThat(exchange.getResponse().getHeaders().getAllow()).containsExactly(HttpMethod.GET);
        }
        if (status == 500) {
            assertThat(problem.get("detail").asString()).doesNotContain("boom");
        }
    }
}
