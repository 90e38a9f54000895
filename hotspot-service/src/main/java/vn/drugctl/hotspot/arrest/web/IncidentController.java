package vn.drugctl.hotspot.arrest.web;

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
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.arrest.application.ChangingIncident;
import vn.drugctl.hotspot.arrest.application.IncidentPage;
import vn.drugctl.hotspot.arrest.application.IncidentQuery;
import vn.drugctl.hotspot.arrest.application.ReadingIncidents;
import vn.drugctl.hotspot.arrest.application.RecordingIncident;
import vn.drugctl.hotspot.arrest.domain.Incident;

import java.net.URI;
import java.time.LocalDate;

/** Arrests (kết quả đấu tranh): record an incident, read it with its history, list a period, outcome, corrections. */
@Tag(name = "Arrests", description = "Incidents (vụ bắt giữ): suspects, acts, seized substances in grams to 3 "
        + "decimals, outcome; a registry suspect's arrest reaches the person's file through SuspectArrested")
@RestController
@Validated
@RequestMapping("/api/hotspots/incidents")
public class IncidentController {
    static final String ID = "[A-Za-z0-9_-]{1,64}";
    static final String UNIT = "[A-Za-z0-9-]{1,64}";

    private final RecordingIncident recording;
    private final ChangingIncident changing;
    private final ReadingIncidents reading;
    private final JsonMapper json;

    public IncidentController(RecordingIncident recording, ChangingIncident changing, ReadingIncidents reading,
                              JsonMapper json) {
        this.recording = recording;
        this.changing = changing;
        this.reading = reading;
        this.json = json;
    }

    @Operation(summary = "Record an incident of the caller's unit",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "arrest", value = IncidentRequests.CREATE_EXAMPLE))))
    @PostMapping
    public ResponseEntity<IncidentResponse> create(@Valid @RequestBody IncidentRequests.CreateIncidentRequest request,
                                                   TenantScope scope) {
        Incident incident = recording.record(new RecordingIncident.Command(request.body().toDraft(),
                request.outcome() == null ? null : request.outcome().toOutcome(), request.effects()), scope);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/hotspots/incidents/"
                + incident.id())).body(IncidentResponse.of(incident, json));
    }

    @Operation(summary = "Read an incident with its history (audited)")
    @GetMapping("/{id}")
    public IncidentResponse get(@PathVariable @Pattern(regexp = ID) String id, TenantScope scope) {
        return IncidentResponse.of(reading.read(id, scope), json);
    }

    @Operation(summary = "List incidents of a period [from, to] in the caller's view, optionally of one unit")
    @GetMapping
    public IncidentPage list(@RequestParam LocalDate from, @RequestParam LocalDate to,
                             @RequestParam(required = false) @Pattern(regexp = UNIT) String unit,
                             @RequestParam(defaultValue = "0") @PositiveOrZero @Max(100000) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, TenantScope scope) {
        return reading.list(new IncidentQuery(from, to, unit, page, size), scope);
    }

    @Operation(summary = "Record the incident's outcome (prosecuted or administrative sanction)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "prosecuted", value = IncidentRequests.OUTCOME_EXAMPLE))))
    @PostMapping("/{id}/outcome")
    public IncidentResponse outcome(@PathVariable @Pattern(regexp = ID) String id,
                                    @Valid @RequestBody IncidentRequests.OutcomeStepRequest request,
                                    TenantScope scope) {
        return IncidentResponse.of(changing.recordOutcome(id, request.toOutcome(), request.note(),
                request.expectedVersion(), scope), json);
    }

    @Operation(summary = "Correct the incident's details (the incident as it should have been recorded)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "re-weighed", value = IncidentRequests.CORRECTION_EXAMPLE))))
    @PostMapping("/{id}/corrections")
    public IncidentResponse correct(@PathVariable @Pattern(regexp = ID) String id,
                                    @Valid @RequestBody IncidentRequests.CorrectionRequest request,
                                    TenantScope scope) {
        return IncidentResponse.of(changing.correct(id, request.incident().toDraft(), request.note(),
                request.expectedVersion(), scope), json);
    }
}
