package vn.drugctl.reporting.registrysummary;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;

import java.util.List;
import java.util.Map;

/** How many people each unit of a subtree has registered, from the projection. */
@Tag(name = "Reports", description = "Counts of people per unit, from the registry's events")
@RestController
public class RegistrySummaryController {
    private final UnitCatalogue units;
    private final RegistryProjection projection;

    public RegistrySummaryController(UnitCatalogue units, RegistryProjection projection) {
        this.units = units;
        this.projection = projection;
    }

    public record UnitCount(String unitCode, String unitName, long people) {
    }

    public record RegistrySummaryResponse(String unitCode, String unitName, long people, List<UnitCount> byUnit) {
    }

    @GetMapping("/api/reports/units/{code}/registry-summary")
    public RegistrySummaryResponse summary(@PathVariable String code, TenantScope scope) {
        Unit unit = units.require(code);
        scope.requireView(unit);
        Map<String, Long> counts = projection.countByUnit(unit.code());
        List<UnitCount> byUnit = counts.entrySet().stream()
                .map(e -> new UnitCount(e.getKey(), units.find(e.getKey()).map(Unit::name).orElse(e.getKey()), e.getValue()))
                .toList();
        return new RegistrySummaryResponse(unit.code(), unit.name(),
                byUnit.stream().mapToLong(UnitCount::people).sum(), byUnit);
    }
}
