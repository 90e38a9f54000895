package vn.drugctl.gateway;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import java.util.concurrent.TimeoutException;

/**
 * Where a route's circuit breaker forwards a request whose service refused the connection, did not answer in
 * time, or whose breaker is open. Only reachable by that internal forward: security denies {@code /fallback/**}
 * from outside.
 */
@RestController
class FallbackController {
    static final String PATH = "/fallback/";
    static final String RETRY_AFTER_SECONDS = "10";
    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    @RequestMapping(PATH + "{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String detail = switch (cause) {
            case TimeoutException _ -> service + " did not answer in time; try again shortly";
            case CallNotPermittedException _ -> service + " is not available right now (it failed repeatedly); try again shortly";
            case null, default -> service + " is not available right now; try again shortly";
        };
        if (cause instanceof CallNotPermittedException) {
            log.debug("{} unavailable: its circuit breaker is open", service); // the opening was logged once
        } else {
            log.warn("{} unavailable: {}", service, cause == null ? "unknown cause" : cause.toString());
        }
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service unavailable", detail, exchange);
        problem.setProperty("service", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .body(problem);
    }
}
