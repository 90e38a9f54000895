package vn.drugctl.reporting.drugfree.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.reporting.drugfree.application.DrugFreeEvaluations;
import vn.drugctl.reporting.drugfree.application.DrugFreeProgress;
import vn.drugctl.reporting.drugfree.application.DrugFreeReport;

/** Drug-free communes: a unit's communes judged for a year, and the share of drug-free communes against targets. */
@Tag(name = "Drug-free communes", description = "Xã không ma túy: each commune judged by the criteria in force (pass "
        + "or fail, each failed criterion with the records behind it), and the share of drug-free communes year by "
        + "year against the targets")
@RestController
public class DrugFreeController {
    private final DrugFreeEvaluations evaluations;

    public DrugFreeController(DrugFreeEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Operation(summary = "The drug-free evaluation of a commune, or of every commune of a district or province",
            description = "Judged on 31 December of the year (today for the current year) by the criteria in force "
                    + "that day. 400 naming year for a year that is not a number, before 2000 or in the future, or a "
                    + "commune not valid then; 404 for a unit not in the catalogue; 403 outside your view.")
    @GetMapping("/api/reports/drug-free/units/{code}")
    public DrugFreeReport evaluation(@PathVariable String code,
                                     @Parameter(description = "the year (default: the current one)", example = "2025")
                                     @RequestParam(required = false) String year,
                                     TenantScope scope) {
        return evaluations.evaluate(code, year("year", year), scope);
    }

    @Operation(summary = "The share of drug-free communes of a unit, year by year, against the targets",
            description = "Each year's share (31 December, today for the current year) against the target "
                    + "programme's path (seed 004: 50% by 2028-12-31, 100% by 2030-12-31): ON_TRACK or BEHIND. 400 "
                    + "naming fromYear/toYear; 404 unknown unit; 403 outside your view.")
    @GetMapping("/api/reports/drug-free/units/{code}/progress")
    public DrugFreeProgress progress(@PathVariable String code,
                                     @Parameter(description = "first year (default: toYear - 4)", example = "2026")
                                     @RequestParam(required = false) String fromYear,
                                     @Parameter(description = "last year (default: the current one)", example = "2026")
                                     @RequestParam(required = false) String toYear,
                                     TenantScope scope) {
        return evaluations.progress(code, year("fromYear", fromYear), year("toYear", toYear), scope);
    }

    /** A year parameter: four digits, blank meaning absent, else 400 naming it. */
    static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("\\d{4}")) {
            throw new InvalidField(name, "must be a year yyyy, was '"
                    + (v.length() <= 40 ? v : v.substring(0, 40) + "…") + "'");
        }
        return Integer.parseInt(v);
    }
}
