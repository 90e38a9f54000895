package vn.drugctl.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.problem.ProblemType;

/**
 * Errors raised while the gateway handles a request itself (no route for the path, a method, media type or size it
 * does not take, an unexpected failure) answer as RFC 9457 problems like the rest of the platform, instead of Spring
 * Boot's error JSON: the type for the status is platform-core's {@link ProblemType#forStatus}, the same the services
 * give the same framework errors (415 {@code unsupported-media-type}, 405 {@code method-not-allowed}, 406
 * {@code not-acceptable}, 413 {@code payload-too-large}, 404 {@code not-found}, other 4xx {@code invalid-request},
 * 5xx {@code internal}). Runs before Boot's handler (order -1). Answers of the services pass through untouched: they
 * are not errors here.
 */
@Component
@Order(-2)
class ProblemDetailErrorHandler implements WebExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailErrorHandler.class);
    private final JsonMapper json;

    ProblemDetailErrorHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode code = error instanceof ErrorResponse response ? response.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemType type = ProblemType.forStatus(status.value());
        String detail = switch (status) {
            case NOT_FOUND -> "Nothing is served at this path";
            case INTERNAL_SERVER_ERROR -> "The gateway failed to handle the request; quote the correlation id when reporting it";
            default -> error instanceof ErrorResponse response && response.getBody().getDetail() != null
                    ? response.getBody().getDetail() : status.getReasonPhrase();
        };
        if (status.is5xxServerError()) {
            log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        }
        if (error instanceof ErrorResponse response) {
            exchange.getResponse().getHeaders().addAll(response.getHeaders()); // e.g. Allow on a 405
        }
        return Problems.write(exchange, Problems.of(status, type.slug(), type.title(), detail, exchange), json);
    }
}
