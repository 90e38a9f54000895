package vn.drugctl.common.web;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.Role;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Served by every service under its own base path: the caller's tenant scope ({@code /me}) and the read-only
 * unit catalogue ({@code /units}).
 */
@Tag(name = "Scope and units", description = "Who you are to the platform (unit, roles, what you may read and write) and the unit catalogue")
@RestController
public class ScopeController {
    private final UnitCatalogue catalogue;

    public ScopeController(UnitCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public record UnitRef(String code, String name, String level) {
        static UnitRef of(Unit unit) {
            return new UnitRef(unit.code(), unit.name(), unit.level().name());
        }
    }

    public record RoleResponse(String code, String label) {
    }

    public record MeResponse(String subject, String username, UnitRef unit, List<UnitRef> unitPath,
                             List<RoleResponse> roles, List<String> capture, List<String> view, String summary) {
    }

    public record UnitResponse(String code, String name, String level, String parent, List<String> path,
                               LocalDate validFrom, LocalDate validTo, String mergedInto) {
        static UnitResponse of(Unit u) {
            return new UnitResponse(u.code(), u.name(), u.level().name(), u.parentCode(), u.path(), u.validFrom(),
                    u.validTo(), u.mergedInto());
        }
    }

    @GetMapping("${drugctl.api.base-path}/me")
    public MeResponse me(TenantScope scope) {
        List<UnitRef> path = scope.unitPath().stream()
                .map(code -> catalogue.find(code).map(UnitRef::of).orElse(new UnitRef(code, code, "PARTNER"))).toList();
        List<RoleResponse> roles = scope.roles().stream().sorted(Comparator.naturalOrder())
                .map(r -> new RoleResponse(r.name(), r.label())).toList();
        return new MeResponse(scope.subject(), scope.username(), path.getLast(), path, roles,
                scope.captureUnits().stream().sorted().toList(), scope.viewRoots().stream().sorted().toList(),
                summary(scope));
    }

    @GetMapping("${drugctl.api.base-path}/units")
    public List<UnitResponse> units(@RequestParam(required = false) String under) {
        List<Unit> units = under == null ? catalogue.all() : catalogue.subtree(under);
        return units.stream().map(UnitResponse::of).toList();
    }

    @GetMapping("${drugctl.api.base-path}/units/{code}")
    public UnitResponse unit(@PathVariable String code) {
        return UnitResponse.of(catalogue.require(code));
    }

    private static String summary(TenantScope scope) {
        if (scope.has(Role.EXCHANGE_PARTNER) && scope.viewRoots().isEmpty()) {
            return "Partner province: exchange API only, no access to tenants' records";
        }
        String write = scope.captureUnits().isEmpty() ? "read-only" : "writes records of " + String.join(", ", scope.captureUnits());
        String read = scope.viewRoots().isEmpty() ? "reads nothing" : "reads " + String.join(", ", scope.viewRoots()) + " and every unit below";
        return write + "; " + read;
    }
}
