package vn.drugctl.registry.audit.web;

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
import vn.drugctl.registry.person.application.PersonAudit;

/**
 * The registry's audit trail for supervisors: district officers, province analysts and administrators (403 for
 * anyone else, checked before the parameters). The paths and the OpenAPI tag are the registry's; everything else
 * (parameters, 400/403 problems, the answer, why out of scope is an empty page) is platform-common's
 * {@link AuditEndpoints}.
 */
@Tag(name = "Audit trail", description = "Who read, changed, tried, searched or was told of a person's record; for supervisors")
@RestController
@RequestMapping("/api/registry/audit")
public class AuditController {
    private final AuditEndpoints audit;

    public AuditController(AuditEndpoints audit) {
        this.audit = audit;
    }

    /** The person's trail as far as the caller's view reaches; the read itself is recorded when it shows anything. */
    @Operation(summary = "A person's audit trail",
            description = "Entries about the person whose unit (at the time) lies in the caller's view, newest first; "
                    + "the read is itself recorded. Outside the caller's view or unknown: 200 with no items.")
    @GetMapping("/persons/{personId}")
    public AuditPageResponse ofPerson(@PathVariable String personId,
                                      @RequestParam(required = false) String page,
                                      @RequestParam(required = false) String size,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      TenantScope scope) {
        return audit.ofRecord(PersonAudit.RECORD_TYPE, "personId", personId, page, size, from, to, scope);
    }

    /** What the user did while acting for a unit in the caller's view. */
    @Operation(summary = "A user's audit trail",
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
