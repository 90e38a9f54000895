package vn.drugctl.common.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.problem.ProblemType;
import vn.drugctl.common.token.TokenPolicy;
import vn.drugctl.common.web.CorrelationId;
import vn.drugctl.common.web.Problems;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * 401 and 403 answers as problem details, keeping the standard {@code WWW-Authenticate} header; 503 when the token
 * cannot be checked because the identity provider's keys cannot be fetched (not the caller's fault); and 400
 * {@code invalid-request} for a request the security firewall refuses before anything else looks at it (an encoded
 * slash, backslash or dot segment in the path, a header with control characters). Texts and types are
 * platform-core's ({@link TokenPolicy}, {@link ProblemType}), the same the gateway answers with.
 */
public class ProblemDetailsSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler,
        AuthenticationFailureHandler, RequestRejectedHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsSecurityHandlers.class);
    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final JsonMapper json;

    public ProblemDetailsSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearer.commence(request, response, e);
        String detail = request.getHeader("Authorization") == null ? TokenPolicy.TOKEN_REQUIRED_DETAIL
                : TokenPolicy.TOKEN_INVALID_DETAIL + ": " + e.getMessage();
        write(request, response, Problems.of(ProblemType.UNAUTHENTICATED, detail));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        if (e instanceof AuthenticationServiceException) {
            log.warn("Cannot check access tokens: {}", e.getMessage());
            response.setStatus(ProblemType.IDENTITY_PROVIDER_UNAVAILABLE.status());
            response.setHeader("Retry-After", "10");
            write(request, response, Problems.of(ProblemType.IDENTITY_PROVIDER_UNAVAILABLE,
                    TokenPolicy.IDENTITY_PROVIDER_UNAVAILABLE_DETAIL));
            return;
        }
        commence(request, response, e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        response.setStatus(ProblemType.FORBIDDEN.status());
        write(request, response, Problems.of(ProblemType.FORBIDDEN,
                TokenPolicy.deniedDetail(caller == null ? List.of() : caller.getAuthorities())));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        log.debug("Request rejected by the firewall: {}", e.getMessage());
        response.setStatus(ProblemType.INVALID_REQUEST.status());
        write(request, response, Problems.of(ProblemType.INVALID_REQUEST,
                "The request was refused before it was read: " + e.getMessage()));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getProperties() == null || !problem.getProperties().containsKey(ProblemType.CORRELATION_ID)) {
            // the MDC entry is gone once the correlation filter has returned; the request still holds the id
            Object id = request.getAttribute(CorrelationId.ATTRIBUTE);
            if (id != null) {
                problem.setProperty(ProblemType.CORRELATION_ID, id);
            }
        }
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException ignored) {
            // a path that is no valid URI reference is left out rather than failing the answer
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
