package vn.drugctl.common.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import vn.drugctl.common.problem.ProblemType;

/**
 * Builds the service's problem details: stable type URIs (platform-core's {@link ProblemType}, shared with the
 * gateway) and the correlation id on every answer.
 */
public final class Problems {
    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemType.uri(type));
        problem.setTitle(title);
        CorrelationId.current().ifPresent(id -> problem.setProperty(ProblemType.CORRELATION_ID, id));
        return problem;
    }

    /** A problem of one of the shared types, with its title and status. */
    public static ProblemDetail of(ProblemType type, String detail) {
        return of(HttpStatusCode.valueOf(type.status()), type.slug(), type.title(), detail);
    }
}
