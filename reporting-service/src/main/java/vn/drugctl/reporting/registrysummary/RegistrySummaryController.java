package vn.drugctl.reporting.registrysummary;

import io.swagger.v3.oas.annotations.tags.Tag;

import vn.drugctl.reporting.ledger.application.Counters;
import vn.drugctl.reporting.registry.domain.RegistryMeasures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;

import java.util.List;
import java.util.Map;

/** How many people each unit of a subtree has registered, from the report ledger's counters. */
@Tag(name = "Reports", description = "Counts of people per unit, from the registry's events")
@RestController
public class RegistrySummaryController {
    private final UnitCatalogue units;
    private final Counters counters;

    public RegistrySummaryController(UnitCatalogue units, Counters counters) {
        this.units = units;
        this.counters = counters;
    }

    public record UnitCount(String unitCode, String unitName, long people) {
    }

    public record RegistrySummaryResponse(String unitCode, String unitName, long people, List<UnitCount> byUnit) {
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "People registered per unit of a subtree",
            description = "All time, at the registering unit. 404 for a unit not in the catalogue; 403 outside your view.")
    @GetMapping("/api/reports/units/{code}/registry-summary")
    public RegistrySummaryResponse summary(@PathVariable String code, TenantScope scope) {
        Unit unit = units.require(code);
        scope.requireView(unit);
        Map<String, Long> counts = counters.totalsByUnit(unit.code(), RegistryMeasures.registered());
        List<UnitCount> byUnit = counts.entrySet().stream()
                .map(e -> new UnitCount(e.getKey(), units.find(e.getKey()).map(Unit::name).orElse(e.getKey()), e.getValue()))
                .toList();
        return new RegistrySummaryResponse(unit.code(), unit.name(),
                byUnit.stream().mapToLong(UnitCount::people).sum(), byUnit);
    }
}
