package vn.drugctl.reporting.periodreport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.reporting.web.RequestDates;
import vn.drugctl.reporting.periodreport.application.PeriodReport;
import vn.drugctl.reporting.periodreport.application.PeriodReports;


/** The period report of a unit, from the report ledger's counters. */
@Tag(name = "Period report", description = "A unit's report for a period: every list's baseline, added and removed "
        + "by reason, current and its breakdown; drug tests, sanctions, rehab stages, arrests")
@RestController
public class PeriodReportController {
    private final PeriodReports reports;

    public PeriodReportController(PeriodReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "The report of a unit (commune, district or province) for [from, to]",
            description = "Sums of the unit's subtree. 400 naming from/to for a bad period (missing, not a date, from "
                    + "after to, to in the future); 404 for a unit not in the catalogue; 403 outside your view.")
    @GetMapping("/api/reports/units/{code}/period")
    public PeriodReport period(@PathVariable String code,
                               @Parameter(example = "2024-10-15") @RequestParam(required = false) String from,
                               @Parameter(example = "2024-12-07") @RequestParam(required = false) String to,
                               TenantScope scope) {
        return reports.report(code, RequestDates.date("from", from), RequestDates.date("to", to), scope);
    }
}
