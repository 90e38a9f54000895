package vn.drugctl.registry.person.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.Role;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.person.application.ExpiringManagementPeriods;
import vn.drugctl.registry.person.application.RegistryTime;

import java.time.LocalDate;

/**
 * Runs the management-period expiry now (it also runs every night): for operators, after an outage or to replay
 * a date. Administrators only; running it twice for a date changes nothing the second time.
 */
@RestController
@RequestMapping("/api/registry/management-periods")
public class ManagementPeriodController {
    private final ExpiringManagementPeriods expiring;
    private final RegistryTime time;

    public ManagementPeriodController(ExpiringManagementPeriods expiring, RegistryTime time) {
        this.expiring = expiring;
        this.time = time;
    }

    @PostMapping("/expiry")
    public ExpiringManagementPeriods.Outcome run(@RequestParam(required = false) LocalDate date, TenantScope scope) {
        if (!scope.has(Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("administrators only");
        }
        return expiring.run(date == null ? time.today() : date);
    }
}
