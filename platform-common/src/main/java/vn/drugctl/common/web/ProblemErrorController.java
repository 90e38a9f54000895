package vn.drugctl.common.web;

import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.problem.ProblemType;

import java.net.URI;

/**
 * The error page of the servlet container, replacing Spring Boot's error JSON: whatever ends in an error dispatch
 * (a filter or the container that sends an error status, an exception thrown outside Spring MVC) answers an RFC 9457
 * problem of the platform's type for its status ({@link ProblemType#forStatus}), with the path the caller asked for
 * and the request's correlation id, as {@code application/problem+json} whatever the caller accepts. A 5xx reveals
 * nothing but the correlation id (the cause is logged); a direct request for the error path is a 404.
 */
@Tag(name = "Errors", description = "The problem answer of a request that ended in an error dispatch (not an operation of the API)")
@RestController
public class ProblemErrorController implements ErrorController {
    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : code == null ? 404 : 500;
        ProblemType type = ProblemType.forStatus(status);
        String message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String m ? m : "";
        String detail;
        if (status == 404) {
            detail = "Nothing is served at this path";
        } else if (status >= 500) {
            log.error("Error answer {} for {}", status, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null);
            detail = "Something went wrong on our side; quote the correlation id when you report it";
        } else if (!message.isBlank()) {
            detail = message;
        } else {
            HttpStatus known = HttpStatus.resolve(status);
            detail = known == null ? type.title() : known.getReasonPhrase();
        }
        ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), type.slug(), type.title(), detail);
        if (request.getAttribute(CorrelationId.ATTRIBUTE) instanceof String id) {
            problem.setProperty(ProblemType.CORRELATION_ID, id);
        }
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException ignored) {
                // a path that is no valid URI reference is left out rather than failing the answer
            }
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
