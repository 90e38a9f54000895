package vn.drugctl.hotspot.surveillance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.surveillance.application.ChangingSurveillanceRecord;
import vn.drugctl.hotspot.surveillance.application.OpeningSurveillanceRecord;
import vn.drugctl.hotspot.surveillance.application.ReadingSurveillanceRecords;
import vn.drugctl.hotspot.surveillance.application.SurveillanceCounts;
import vn.drugctl.hotspot.surveillance.application.SurveillancePage;
import vn.drugctl.hotspot.surveillance.application.SurveillanceQuery;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceCategory;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceClass;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceKind;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceStatus;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceSystem;

import java.net.URI;
import java.time.LocalDate;

/** Surveillance records (sưu tra, hiềm nghi incl. cyberspace, chuyên án): open, read, list, steps, counts. */
@Tag(name = "Surveillance records", description = "Hồ sơ sưu tra, hiềm nghi (also on cyberspace) and chuyên án: "
        + "opened, reclassified (DM1-DM3, H1-H10, A/B), closed with a reason; state and counts on any date")
@RestController
@Validated
@RequestMapping("/api/hotspots/surveillance-records")
public class SurveillanceRecordController {
    static final String ID = "[A-Za-z0-9_-]{1,64}";
    static final String UNIT = "[A-Za-z0-9-]{1,64}";

    private final OpeningSurveillanceRecord opening;
    private final ChangingSurveillanceRecord changing;
    private final ReadingSurveillanceRecords reading;
    private final JsonMapper json;

    public SurveillanceRecordController(OpeningSurveillanceRecord opening, ChangingSurveillanceRecord changing,
                                        ReadingSurveillanceRecords reading, JsonMapper json) {
        this.opening = opening;
        this.changing = changing;
        this.reading = reading;
        this.json = json;
    }

    @Operation(summary = "Open a surveillance record of the caller's unit",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "sưu tra", value = SurveillanceRequests.OPEN_EXAMPLE))))
    @PostMapping
    public ResponseEntity<SurveillanceRecordResponse> open(@Valid @RequestBody SurveillanceRequests.OpenRequest r,
                                                           TenantScope scope) {
        SurveillanceRecord record = opening.open(new OpeningSurveillanceRecord.Command(r.kind(),
                r.subject() == null ? null : r.subject().toSubject(),
                r.classification() == null ? null : r.classification().toClassification(), r.openedOn(), r.reason(),
                r.documentRef()), scope);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/hotspots/surveillance-records/" + record.id()))
                .body(SurveillanceRecordResponse.of(record, null, json));
    }

    @Operation(summary = "Read a surveillance record with its history, and its state on asOf (audited)")
    @GetMapping("/{id}")
    public SurveillanceRecordResponse get(@PathVariable @Pattern(regexp = ID) String id,
                                          @RequestParam(required = false) LocalDate asOf, TenantScope scope) {
        return SurveillanceRecordResponse.of(reading.read(id, asOf, scope), asOf, json);
    }

    @Operation(summary = "List surveillance records in the caller's view, filtered by kind, category, system, "
            + "class, status, unit")
    @GetMapping
    public SurveillancePage list(@RequestParam(required = false) SurveillanceKind kind,
                                 @RequestParam(required = false) SurveillanceCategory category,
                                 @RequestParam(required = false) SurveillanceSystem system,
                                 @RequestParam(required = false) SurveillanceClass clazz,
                                 @RequestParam(required = false) SurveillanceStatus status,
                                 @RequestParam(required = false) @Pattern(regexp = UNIT) String unit,
                                 @RequestParam(defaultValue = "0") @PositiveOrZero @Max(100000) int page,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, TenantScope scope) {
        return reading.list(new SurveillanceQuery(kind, category, system, clazz, status, unit, page, size), scope);
    }

    @Operation(summary = "Count records open on asOf by kind, category, system and class; with from, the period's "
            + "baseline, increases and decreases by reason")
    @GetMapping("/counts")
    public SurveillanceCounts counts(@RequestParam LocalDate asOf, @RequestParam(required = false) LocalDate from,
                                     @RequestParam(required = false) @Pattern(regexp = UNIT) String unit,
                                     TenantScope scope) {
        return reading.counts(asOf, from, unit, scope);
    }

    @Operation(summary = "Reclassify a record (category, system, class) from a business date",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "to DM1", value = SurveillanceRequests.RECLASSIFY_EXAMPLE))))
    @PostMapping("/{id}/reclassifications")
    public SurveillanceRecordResponse reclassify(@PathVariable @Pattern(regexp = ID) String id,
                                                 @Valid @RequestBody SurveillanceRequests.ReclassifyRequest r,
                                                 TenantScope scope) {
        if (r.classification() == null) {
            throw new InvalidField("classification", "is required");
        }
        return SurveillanceRecordResponse.of(changing.handle(id, r.expectedVersion(), scope, "reclassification",
                (record, context) -> record.reclassify(r.classification().toClassification(), r.businessDate(),
                        r.reason(), r.documentRef(), context)), null, json);
    }

    @Operation(summary = "Close a record for a reason of the closed list",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "prosecuted", value = SurveillanceRequests.CLOSE_EXAMPLE))))
    @PostMapping("/{id}/closing")
    public SurveillanceRecordResponse close(@PathVariable @Pattern(regexp = ID) String id,
                                            @Valid @RequestBody SurveillanceRequests.CloseRequest r,
                                            TenantScope scope) {
        return SurveillanceRecordResponse.of(changing.handle(id, r.expectedVersion(), scope, "closing",
                (record, context) -> record.close(r.reason(), r.businessDate(), r.documentRef(), r.note(), context)),
                null, json);
    }

    @Operation(summary = "Correct an entry of the history: void it or give its right business date",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "re-date", value = SurveillanceRequests.CORRECTION_EXAMPLE))))
    @PostMapping("/{id}/corrections")
    public SurveillanceRecordResponse correct(@PathVariable @Pattern(regexp = ID) String id,
                                              @Valid @RequestBody SurveillanceRequests.CorrectionRequest r,
                                              TenantScope scope) {
        if (r.eventId() == null || r.eventId().isBlank()) {
            throw new InvalidField("eventId", "is required (the history entry to correct)");
        }
        return SurveillanceRecordResponse.of(changing.handle(id, r.expectedVersion(), scope, "correction",
                (record, context) -> record.correct(r.eventId(), r.voided(), r.correctedBusinessDate(), r.note(),
                        context)), null, json);
    }
}
