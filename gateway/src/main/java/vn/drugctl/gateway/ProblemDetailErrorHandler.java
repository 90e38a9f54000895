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

/**
 * Errors raised while the gateway handles a request itself (no route for the path, a method it does not
 * serve, an unexpected failure) answer as RFC 9457 problems like the rest of the platform, instead of Spring
 * Boot's error JSON. Runs before Boot's handler (order -1). Answers of the services pass through untouched: they
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
        String type = switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "payload-too-large";
            case INTERNAL_SERVER_ERROR -> "internal-error";
            default -> status.is4xxClientError() ? "bad-request" : "gateway-error";
        };
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
        return Problems.write(exchange, Problems.of(status, type, status.getReasonPhrase(), detail, exchange), json);
    }
}
