package vn.drugctl.reporting.typedcheck.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.reporting.typedcheck.domain.AggregateChecks;

/**
 * Checks an aggregate report typed by hand (a unit not yet on the registry, a paper report to verify) against the
 * balance and part-whole rules; stores nothing. Open to every platform user with a unit; a partner province's token
 * is refused (403) by the platform's security, as everywhere outside {@code /exchange/**}.
 */
@Tag(name = "Typed report checks", description = "Checks of an aggregate report typed by hand against the balance "
        + "and part-whole rules of the periodic report; nothing is stored")
@RestController
public class AggregateCheckController {

    @Operation(summary = "Every violation of the balance and part-whole rules in a report typed by hand",
            description = "200 whenever the check ran: consistent true, or every violation with its rule (balance: "
                    + "baseline + added − removed ≠ current, per section and per category of a breakdown given on "
                    + "all four counts; reasons-sum; part-whole: a complete breakdown not summing to its total; rate; "
                    + "flow-pair: a move out of one list (a stated flow, or a MOVED_TO_<LIST> reason) not matched by "
                    + "the move into the other (MOVED_FROM_<LIST>); sum), the arithmetic and the numbers. 400 naming "
                    + "the field for a missing, negative, non-numeric or absurd count (above 10^9, more than 200 "
                    + "sections); 401 without a token; 403 for a partner's token or a token without a unit.")
    @PostMapping("/api/reports/checks/aggregate")
    public AggregateCheckResponse check(@Valid @RequestBody AggregateCheckRequest request, TenantScope scope) {
        // the scope only proves a platform user with a unit: a hand-typed report reads no tenant's data
        return AggregateCheckResponse.of(AggregateChecks.check(request.toDomain()));
    }
}
