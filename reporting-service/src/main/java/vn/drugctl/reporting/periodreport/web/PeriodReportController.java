package vn.drugctl.reporting.periodreport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.web.CorrelationId;
import vn.drugctl.reporting.periodreport.application.PeriodReportExport;
import vn.drugctl.reporting.periodreport.application.PeriodReportExports;
import vn.drugctl.reporting.periodreport.infrastructure.office.PeriodReportDocx;
import vn.drugctl.reporting.periodreport.infrastructure.office.PeriodReportXlsx;
import vn.drugctl.reporting.web.RequestDates;
import vn.drugctl.reporting.periodreport.application.PeriodReport;
import vn.drugctl.reporting.periodreport.application.PeriodReports;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;


/** The period report of a unit, from the report ledger's counters: as JSON, and as Excel and Word downloads. */
@Tag(name = "Period report", description = "A unit's report for a period: every list's baseline, added and removed "
        + "by reason, current and its breakdown; drug tests, sanctions, rehab stages, arrests. Also as an Excel "
        + "workbook and a Word document (seed 001's sections II.2 and II.4) with a chart and the name lists")
@RestController
public class PeriodReportController {
    private static final String AUDITED = " Each person on a name list gets a READ line in the audit trail.";
    private static final String ERRORS = " 400 naming from/to for a bad period (missing, not a date, from after to, to "
            + "in the future); 404 for a unit not in the catalogue; 403 outside your view (errors are "
            + "application/problem+json).";

    private final PeriodReports reports;
    private final PeriodReportExports exports;

    public PeriodReportController(PeriodReports reports, PeriodReportExports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @Operation(summary = "The report of a unit (commune, district or province) for [from, to]",
            description = "Sums of the unit's subtree." + ERRORS)
    @GetMapping("/api/reports/units/{code}/period")
    public PeriodReport period(@PathVariable String code,
                               @Parameter(example = "2024-10-15") @RequestParam(required = false) String from,
                               @Parameter(example = "2024-12-07") @RequestParam(required = false) String to,
                               TenantScope scope) {
        return reports.report(code, RequestDates.date("from", from), RequestDates.date("to", to), scope);
    }

    @Operation(summary = "The report as an Excel workbook (XLSX): a sheet per section, the name lists, a chart",
            description = "The numbers of the JSON report, as numeric cells with Vietnamese labels: a cover sheet "
                    + "(unit, period, when made, balances), one sheet per section (lists, moves, drug tests, "
                    + "sanctions, rehab stages, hotspots, arrests, surveillance), the people on each list at `to`, "
                    + "and a line chart of each list's stock at the end of each month. A download (Content-Disposition: "
                    + "attachment, bao-cao_{code}_{from}_{to}.xlsx)." + AUDITED + ERRORS,
            responses = @ApiResponse(responseCode = "200", description = "the workbook",
                    content = @Content(mediaType = PeriodReportXlsx.CONTENT_TYPE,
                            schema = @Schema(type = "string", format = "binary"))))
    @GetMapping(value = "/api/reports/units/{code}/period.xlsx", produces = PeriodReportXlsx.CONTENT_TYPE)
    public ResponseEntity<byte[]> periodXlsx(@PathVariable String code,
                                             @Parameter(example = "2024-10-15") @RequestParam(required = false)
                                             String from,
                                             @Parameter(example = "2024-12-07") @RequestParam(required = false)
                                             String to,
                                             TenantScope scope) {
        return download(code, from, to, scope, "xlsx", PeriodReportXlsx.CONTENT_TYPE, PeriodReportXlsx::write);
    }

    @Operation(summary = "The report as a Word document (DOCX): seed 001's sections II.2 and II.4, a chart, name lists",
            description = "Sections II.2 (the review of people and hotspots) and II.4 (hotspots dealt with, arrests, "
                    + "what remains) of the 2024 outline, in the sentences of the district reports, every number the "
                    + "JSON report's; a line chart of each list at the end of each month; the people on each list at "
                    + "`to` (name, birth year, list, unit). A download (Content-Disposition: attachment, "
                    + "bao-cao_{code}_{from}_{to}.docx)." + AUDITED + ERRORS,
            responses = @ApiResponse(responseCode = "200", description = "the document",
                    content = @Content(mediaType = PeriodReportDocx.CONTENT_TYPE,
                            schema = @Schema(type = "string", format = "binary"))))
    @GetMapping(value = "/api/reports/units/{code}/period.docx", produces = PeriodReportDocx.CONTENT_TYPE)
    public ResponseEntity<byte[]> periodDocx(@PathVariable String code,
                                             @Parameter(example = "2024-10-15") @RequestParam(required = false)
                                             String from,
                                             @Parameter(example = "2024-12-07") @RequestParam(required = false)
                                             String to,
                                             TenantScope scope) {
        return download(code, from, to, scope, "docx", PeriodReportDocx.CONTENT_TYPE, PeriodReportDocx::write);
    }

    private ResponseEntity<byte[]> download(String code, String from, String to, TenantScope scope, String extension,
                                            String contentType, Function<PeriodReportExport, byte[]> writer) {
        PeriodReportExport export = exports.export(code, RequestDates.date("from", from), RequestDates.date("to", to),
                scope, extension, CorrelationId.current().orElse(null));
        byte[] file = writer.apply(export);
        PeriodReport r = export.report();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(r, extension))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file);
    }

    /**
     * {@code attachment; filename="bao-cao_HN-BL-VUBAN_2024-10-15_2024-12-07.xlsx";
     * filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20X%C3%A3%20V%C5%A9%20B%E1%BA%A3n%202024-10-15%202024-12-07.xlsx}: an ASCII
     * name from the unit's code and the dates, and (RFC 6266 / RFC 5987) the Vietnamese name with the unit's name.
     */
    static String contentDisposition(PeriodReport r, String extension) {
        String ascii = ("bao-cao_" + r.unitCode() + "_" + r.from() + "_" + r.to() + "." + extension)
                .replaceAll("[^A-Za-z0-9._-]", "_");
        String named = "Báo cáo " + r.unitName() + " " + r.from() + " " + r.to() + "." + extension;
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(named);
    }

    private static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
