package vn.drugctl.gateway;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** Where a route's circuit breaker sends a request whose service failed, timed out or is unreachable. */
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String reason = cause instanceof java.util.concurrent.TimeoutException ? "did not answer in time"
                : "is not available right now";
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service unavailable", service + " " + reason + "; try again shortly", exchange);
        problem.setProperty("service", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "10").body(problem);
    }
}
