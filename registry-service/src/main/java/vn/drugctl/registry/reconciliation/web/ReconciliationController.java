package vn.drugctl.registry.reconciliation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.reconciliation.application.CountingForReconciliation;
import vn.drugctl.registry.reconciliation.application.ReconciliationCounts;

/** The registry's counts for the reconciliation of the report projection. */
@Tag(name = "Reconciliation", description = "The registry's own counts of people per list and unit, and each "
        + "person's id, last event and list, for comparing the reports with the registry")
@RestController
public class ReconciliationController {
    private final CountingForReconciliation counting;

    public ReconciliationController(CountingForReconciliation counting) {
        this.counting = counting;
    }

    @Operation(summary = "People per list (L:<LIST>) and managing unit in a unit's subtree today, with each "
            + "person's id, last event sequence and list",
            description = "Ids, lists and units only (no names); audited as one search. 404 for a unit not in the "
                    + "catalogue; 403 outside your view.")
    @GetMapping("/api/registry/reconciliation/units/{code}")
    public ReconciliationCounts counts(@PathVariable String code, TenantScope scope) {
        return counting.handle(code, scope);
    }
}
