package vn.drugctl.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.problem.ProblemType;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * RFC 9457 answers written by the gateway itself (400, 401, 403, 404, 503, ...): a stable {@code type} under
 * {@value #TYPE_BASE} (platform-core's {@link ProblemType}, the services' types too), the path the caller asked for
 * as {@code instance}, and the {@code correlationId}.
 */
final class Problems {
    static final String TYPE_BASE = ProblemType.TYPE_BASE;

    private Problems() {
    }

    /** A problem of one of the shared types, with its status and title. */
    static ProblemDetail of(ProblemType type, String detail, ServerWebExchange exchange) {
        return of(HttpStatus.valueOf(type.status()), type.slug(), type.title(), detail, exchange);
    }

    static ProblemDetail of(HttpStatus status, String type, String title, String detail, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemType.uri(type));
        problem.setTitle(title);
        // the fallback runs on a forwarded path; name the one the caller asked for
        String path = exchange.getAttributeOrDefault(CorrelationIdFilter.ORIGINAL_PATH_ATTRIBUTE,
                exchange.getRequest().getPath().value());
        try {
            problem.setInstance(new URI(path));
        } catch (URISyntaxException e) {
            // a path that is no valid URI reference is left out rather than failing the answer
        }
        String correlationId = exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        if (correlationId != null) {
            problem.setProperty(ProblemType.CORRELATION_ID, correlationId);
        }
        return problem;
    }

    static Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, JsonMapper json) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
