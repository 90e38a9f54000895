package vn.drugctl.reporting.submission.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.reporting.web.RequestDates;
import vn.drugctl.reporting.submission.application.Submission;
import vn.drugctl.reporting.submission.application.SubmissionDiff;
import vn.drugctl.reporting.submission.application.Submissions;

import java.util.List;

/** Submitting a unit's period report, reading submissions, comparing one with the live report, a district's view. */
@Tag(name = "Submissions", description = "A unit's report for a period, frozen when submitted; its diff against the "
        + "live report; which units under a unit submitted and which are late")
@RestController
public class SubmissionController {
    private final Submissions submissions;

    public SubmissionController(Submissions submissions) {
        this.submissions = submissions;
    }

    public record SubmitRequest(String from, String to) {
    }

    @Operation(summary = "Submit your unit's report for [from, to]",
            description = "Only the unit's own users; the numbers are frozen with who and when. 400 for a bad period, "
                    + "403 for another unit's report, 404 for a unit not in the catalogue.")
    @PostMapping("/api/reports/units/{code}/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    public Submission submit(@PathVariable String code, @RequestBody(required = false) SubmitRequest body,
                             TenantScope scope) {
        if (body == null) {
            throw new InvalidField("from", "is required (yyyy-MM-dd)");
        }
        return submissions.submit(code, RequestDates.date("from", body.from()), RequestDates.date("to", body.to()), scope);
    }

    @Operation(summary = "A unit's submissions, newest first (optionally of one period)")
    @GetMapping("/api/reports/units/{code}/submissions")
    public List<Submission> list(@PathVariable String code, @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to, TenantScope scope) {
        return submissions.of(code, RequestDates.date("from", from), RequestDates.date("to", to), scope);
    }

    @Operation(summary = "One submission, as frozen")
    @GetMapping("/api/reports/submissions/{id}")
    public Submission one(@PathVariable String id, TenantScope scope) {
        return submissions.find(id, scope);
    }

    @Operation(summary = "A submission against the live report: the numbers that differ and the records behind them")
    @GetMapping("/api/reports/submissions/{id}/diff")
    public SubmissionDiff diff(@PathVariable String id, TenantScope scope) {
        return submissions.diff(id, scope);
    }

    @Operation(summary = "Which units under a unit submitted [from, to], and which are late for the deadline")
    @GetMapping("/api/reports/units/{code}/submissions/status")
    public List<Submissions.UnitStatus> status(@PathVariable String code, @RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to,
                                               @RequestParam(required = false) String deadline, TenantScope scope) {
        return submissions.status(code, RequestDates.date("from", from), RequestDates.date("to", to), RequestDates.date("deadline", deadline), scope);
    }
}
