package vn.drugctl.reporting.drugfree.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    @ApiResponse(responseCode = "200", description = "The evaluation", content = @Content(examples = @ExampleObject(
            name = "a commune that fails one criterion (abridged)", value = """
            {"unitCode":"HN-BL-VUBAN","unitName":"Xã Vũ Bản","level":"COMMUNE","year":2025,"asOf":"2025-12-31",
             "ruleSet":{"id":"platform-default","effectiveFrom":"2000-01-01","source":"Bộ tiêu chí mặc định"},
             "communesEvaluated":1,"drugFree":0,"sharePercent":0.0,
             "communes":[{"unitCode":"HN-BL-VUBAN","unitName":"Xã Vũ Bản","drugFree":false,
              "failedCriteria":["no-active-retail-dealer"],
              "criteria":[{"id":"no-active-retail-dealer","kind":"ACTIVE_HOTSPOTS",
               "description":"Không có đối tượng bán lẻ trái phép chất ma túy đang hoạt động","found":1,"limit":0,
               "passed":false,"records":[{"kind":"hotspot","id":"4f6c0d9e-demo","label":"Điểm bán lẻ (giả lập)",
               "date":"2025-05-01","note":"RETAIL_DEALER"}]}]}]}""")))
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
    @ApiResponse(responseCode = "200", description = "The progress", content = @Content(examples = @ExampleObject(
            name = "a province on track (abridged)", value = """
            {"unitCode":"TN","unitName":"Tỉnh Thái Nguyên","fromYear":2026,"toYear":2026,
             "years":[{"year":2026,"asOf":"2026-12-31","communesEvaluated":5,"drugFree":1,"sharePercent":20.0,
              "programmeId":"thai-nguyen-2026-2030","requiredPercent":16.6,"status":"ON_TRACK","milestones":[]}],
             "onTrack":true,"programme":"thai-nguyen-2026-2030","programmeSource":"Đề án 2026 - 2030",
             "milestones":[{"by":"2028-12-31","percent":50,"status":"PENDING"},
                           {"by":"2030-12-31","percent":100,"status":"PENDING"}]}""")))
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
