package vn.drugctl.common.web;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.drugctl.common.domain.Conflict;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.problem.ProblemType;
import vn.drugctl.common.tenancy.OutOfScopeException;
import vn.drugctl.common.tenancy.UnknownUnitException;
import vn.drugctl.common.token.TokenPolicy;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place a service turns exceptions into RFC 9457 problem details: 400 for malformed input (naming the
 * fields), 403 out of scope, 404 missing, 409 conflicts, 422 rule violations, and a 500 that reveals nothing
 * but the correlation id.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        ProblemDetail problem = Problems.of(e.status(), e.type().getPath().replace("/problems/", ""), e.title(),
                e.getMessage());
        problem.setType(e.type());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidField e) {
        return ResponseEntity.badRequest().body(invalid(List.of(field(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", "Rule violated",
                e.getMessage());
        problem.setProperty("rule", e.rule());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", e.what() + " not found", e.getMessage()));
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.type(), "Conflict", e.getMessage());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(OutOfScopeException.class)
    ResponseEntity<ProblemDetail> outOfScope(OutOfScopeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(HttpStatus.FORBIDDEN, "out-of-scope", "Outside your unit's scope", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(ProblemType.FORBIDDEN, TokenPolicy.deniedDetail(callerAuthorities())));
    }

    @ExceptionHandler(UnknownUnitException.class)
    ResponseEntity<ProblemDetail> unknownUnit(UnknownUnitException e) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "unknown-unit", "Unknown unit", e.getMessage());
        problem.setProperty("unit", e.code());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "concurrent-change",
                "Changed meanwhile", "The record was changed by someone else meanwhile; reload it and try again"));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "duplicate",
                "Already exists", "A record with the same identity already exists"));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<Map<String, Object>> errors = e.getConstraintViolations().stream()
                .map(v -> field(leaf(v.getPropertyPath()), v.getMessage())).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().body(invalid(List.of(field(e.getName(), "must be a valid " + expected))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Internal error", "Something went wrong on our side; quote the correlation id when you report it"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::field).toList();
        List<Map<String, Object>> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(g -> field(g.getObjectName(), g.getDefaultMessage())).toList();
        List<Map<String, Object>> all = new java.util.ArrayList<>(errors);
        all.addAll(global);
        return ResponseEntity.badRequest().body(invalid(all));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, Object>> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> field(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String detail = "The request body is missing or is not valid JSON of the expected shape";
        Throwable cause = ex.getCause();
        while (cause != null && !(cause instanceof tools.jackson.databind.DatabindException)) {
            cause = cause.getCause();
        }
        if (cause instanceof tools.jackson.databind.DatabindException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("body");
            return ResponseEntity.badRequest().body(invalid(List.of(field(path, wrongValue(mapping)))));
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-body",
                "Malformed request body", detail));
    }

    /** What is wrong with a value the body could not be read into: for a closed list, the values it allows. */
    private static String wrongValue(tools.jackson.databind.DatabindException mapping) {
        if (mapping instanceof tools.jackson.databind.exc.InvalidFormatException format
                && format.getTargetType() != null && format.getTargetType().isEnum()) {
            String given = String.valueOf(format.getValue());
            List<String> allowed = java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).toList();
            return "must be one of " + allowed + ", was '" + (given.length() <= 40 ? given : given.substring(0, 40) + "…") + "'";
        }
        return "has a value of the wrong type or format";
    }

    /**
     * The errors Spring MVC raises itself (415 unsupported media type, 405 method not allowed, 406 not acceptable,
     * 404 no handler or resource, 413 upload too large, 400 missing parameter, ...) come here with a problem whose
     * type is {@code about:blank}: they get the platform's type and title for their status
     * ({@link ProblemType#forStatus}) and the correlation id, and go out as {@code application/problem+json} whatever
     * the request's {@code Accept} said (a 406 answer is still one the client can read).
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse error) {
            body = error.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem) {
            name(problem, statusCode);
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(ex, body, problemHeaders, statusCode, request);
    }

    /** Gives a framework's bare problem the platform's type, title and correlation id; a named one keeps its own. */
    static void name(ProblemDetail problem, HttpStatusCode status) {
        if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
            ProblemType type = ProblemType.forStatus(status.value());
            problem.setType(type.uri());
            problem.setTitle(type.title());
            if (type == ProblemType.NOT_FOUND) {
                problem.setDetail("Nothing is served at this path");
            } else if (status.is5xxServerError()) {
                problem.setDetail("Something went wrong on our side; quote the correlation id when you report it");
            }
        }
        CorrelationId.current().ifPresent(id -> problem.setProperty(ProblemType.CORRELATION_ID, id));
    }

    private static Collection<? extends GrantedAuthority> callerAuthorities() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? List.of() : caller.getAuthorities();
    }

    /** The parameter or field a violation is about, without the method name a method-level check puts first. */
    private static String leaf(jakarta.validation.Path path) {
        String name = String.valueOf(path);
        for (jakarta.validation.Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.PARAMETER
                    || node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                name = node.getName();
            }
        }
        return name;
    }

    private static ProblemDetail invalid(List<Map<String, Object>> errors) {
        String detail = errors.isEmpty() ? "The request is invalid" : errors.stream()
                .map(e -> e.get("field") + ": " + e.get("message")).reduce((a, b) -> a + "; " + b).orElseThrow();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, Object> field(FieldError error) {
        return field(error.getField(), error.getDefaultMessage());
    }

    private static Map<String, Object> field(String name, String message) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("field", name);
        map.put("message", message);
        return map;
    }
}
