package vn.drugctl.reporting.reconciliation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.web.ApiProblem;
import vn.drugctl.reporting.reconciliation.application.ReconcilingProjection;
import vn.drugctl.reporting.reconciliation.application.SourceUnavailable;
import vn.drugctl.reporting.reconciliation.domain.Reconciliation;

/** The reconciliation of the report projection with registry-service's and hotspot-service's own counts. */
@Tag(name = "Reconciliation", description = "A unit's report numbers against the counts the services compute from "
        + "their own records, with every difference: per unit and stock, and per record")
@RestController
public class ReconciliationController {
    private final ReconcilingProjection reconciling;

    public ReconciliationController(ReconcilingProjection reconciling) {
        this.reconciling = reconciling;
    }

    @Operation(summary = "Compare a unit's projection (lists, active hotspots, open surveillance records, today) "
            + "with registry-service's and hotspot-service's own counts and list every difference",
            description = "Calls both services with your token. consistent is true when there is no difference. "
                    + "404 for a unit not in the catalogue; 403 outside your view; 503 naming the service "
                    + "(property source) when one does not answer in time.")
    @ApiResponse(responseCode = "200", description = "The comparison, with every difference",
            content = @Content(schema = @Schema(implementation = Reconciliation.Result.class)))
    @ApiResponse(responseCode = "503", description = "A source service did not answer in time; property source "
            + "names it", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/reports/units/{code}/reconciliation")
    public Reconciliation.Result reconciliation(@Parameter(example = "HN-BL-VUBAN") @PathVariable String code,
                                                TenantScope scope,
                                                @Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        try {
            return reconciling.reconcile(code, scope, token.getTokenValue());
        } catch (SourceUnavailable e) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "source-unavailable", "A source service is "
                    + "unavailable", e.getMessage()).with("source", e.source());
        }
    }
}
