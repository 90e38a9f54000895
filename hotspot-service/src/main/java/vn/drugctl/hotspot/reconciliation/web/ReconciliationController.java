package vn.drugctl.hotspot.reconciliation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.reconciliation.application.CountingForReconciliation;
import vn.drugctl.hotspot.reconciliation.application.ReconciliationCounts;

/** hotspot-service's counts for the reconciliation of the report projection. */
@Tag(name = "Reconciliation", description = "The service's own counts of active hotspots and open surveillance "
        + "records per kind and unit, and each record's id, last event and stock, for comparing the reports with it")
@RestController
public class ReconciliationController {
    private final CountingForReconciliation counting;

    public ReconciliationController(CountingForReconciliation counting) {
        this.counting = counting;
    }

    @Operation(summary = "Active hotspots (H:<KIND>:LICENSED|UNLICENSED) and open surveillance records (SV:<KIND>) "
            + "per managing unit in a unit's subtree today, with each record's id, last event sequence and stock",
            description = "Ids, kinds and units only (no names or addresses); audited as one search per record type. "
                    + "404 for a unit not in the catalogue; 403 outside your view.")
    @GetMapping("/api/hotspots/reconciliation/units/{code}")
    public ReconciliationCounts counts(@PathVariable String code, TenantScope scope) {
        return counting.handle(code, scope);
    }
}
