package vn.drugctl.hotspot.hotspot.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.audit.web.AuditEndpoints;
import vn.drugctl.common.audit.web.AuditPageResponse;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.hotspot.application.HotspotAudit;

/**
 * The service's audit trail for supervisors (district officers, province analysts, administrators; 403 for anyone
 * else): a hotspot's trail, and a user's trail across every record type of the service. Parameters, problems and the
 * answer are platform-common's {@link AuditEndpoints}.
 */
@Tag(name = "Audit trail", description = "Who read, changed, tried, searched or was told of a hotspot; for supervisors")
@RestController
@RequestMapping("/api/hotspots/audit")
public class HotspotAuditController {
    private final AuditEndpoints audit;

    public HotspotAuditController(AuditEndpoints audit) {
        this.audit = audit;
    }

    @Operation(summary = "A hotspot's audit trail",
            description = "Entries about the hotspot whose unit (at the time) lies in the caller's view, newest first; "
                    + "the read is itself recorded. Outside the caller's view or unknown: 200 with no items.")
    @GetMapping("/hotspots/{hotspotId}")
    public AuditPageResponse ofHotspot(@PathVariable String hotspotId,
                                       @RequestParam(required = false) String page,
                                       @RequestParam(required = false) String size,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       TenantScope scope) {
        return audit.ofRecord(HotspotAudit.RECORD_TYPE, "hotspotId", hotspotId, page, size, from, to, scope);
    }

    @Operation(summary = "A user's audit trail in this service",
            description = "Entries the user made while acting for a unit in the caller's view, newest first.")
    @GetMapping("/users/{username}")
    public AuditPageResponse ofUser(@PathVariable String username,
                                    @RequestParam(required = false) String page,
                                    @RequestParam(required = false) String size,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    TenantScope scope) {
        return audit.ofUser(username, page, size, from, to, scope);
    }
}
