package vn.drugctl.hotspot.hotspot.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.hotspot.application.ChangingHotspot;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.web.HotspotRequests.CorrectionRequest;
import vn.drugctl.hotspot.hotspot.web.HotspotRequests.EradicationRequest;
import vn.drugctl.hotspot.hotspot.web.HotspotRequests.StepRequest;

import java.util.Set;

/**
 * The lifecycle of a hotspot: each step appended to its history as an event with a business date (not in the
 * future), a reason from the closed list and the document behind it, judged by the rule set in force on that date
 * with the history replayed in date order. Every step answers the record after it; a step the rules forbid is 422
 * naming the rule, and nothing is stored.
 */
@Tag(name = "Hotspot changes", description = "Escalate, neutralise, eradicate, remove, reactivate a hotspot and "
        + "correct its history")
@RestController
@Validated
@RequestMapping("/api/hotspots/{id}")
public class HotspotChangesController {
    private static final String STEP_EXAMPLE = """
            {"reason":"ACTIVITY_INCREASED","businessDate":"2025-04-01","documentRef":"BC 15/CAX","note":"Thêm đối tượng tham gia"}""";

    private final ChangingHotspot changing;

    public HotspotChangesController(ChangingHotspot changing) {
        this.changing = changing;
    }

    @Operation(summary = "Escalate a risk point or retail dealer to a complex drug point",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject(name = "escalation", value = STEP_EXAMPLE))))
    @PostMapping("/escalations")
    public HotspotRecordResponse escalate(@PathVariable @Pattern(regexp = HotspotController.ID) String id,
                                          @Valid @RequestBody StepRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope, (h, c) -> h.escalate(r.step(), c)));
    }

    @Operation(summary = "Record that a hotspot was neutralised (it stays watched)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject(name = "neutralisation", value = """
                    {"reason":"REGULAR_PATROL_AND_CONTROL","businessDate":"2025-05-01","documentRef":"BB 3/CAX"}"""))))
    @PostMapping("/neutralisations")
    public HotspotRecordResponse neutralise(@PathVariable @Pattern(regexp = HotspotController.ID) String id,
                                            @Valid @RequestBody StepRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope,
                (h, c) -> h.neutralise(r.step(), c)));
    }

    @Operation(summary = "Record that a hotspot was eradicated, naming the arrests or decisions behind it",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject(name = "eradication", value = """
                    {"reason":"DISMANTLED_BY_ARREST","businessDate":"2025-06-01","incidentIds":["a1b2c3d4-incident"],
                     "documentRef":"QĐ 7/QĐ-CAH"}"""))))
    @PostMapping("/eradications")
    public HotspotRecordResponse eradicate(@PathVariable @Pattern(regexp = HotspotController.ID) String id,
                                           @Valid @RequestBody EradicationRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope,
                (h, c) -> h.eradicate(r.step(), r.incidentIds(), r.decisionRefs(), c)));
    }

    @Operation(summary = "Remove a hotspot from the list, with the reason",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject(name = "removal", value = """
                    {"reason":"NO_LONGER_ACTIVE","businessDate":"2025-07-01","documentRef":"BC 20/CAX"}"""))))
    @PostMapping("/removals")
    public HotspotRecordResponse remove(@PathVariable @Pattern(regexp = HotspotController.ID) String id,
                                        @Valid @RequestBody StepRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope, (h, c) -> h.remove(r.step(), c)));
    }

    @Operation(summary = "Record that a neutralised or eradicated hotspot operates again",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject(name = "reactivation", value = """
                    {"reason":"ACTIVITY_RESUMED","businessDate":"2025-08-01","documentRef":"BC 25/CAX"}"""))))
    @PostMapping("/reactivations")
    public HotspotRecordResponse reactivate(@PathVariable @Pattern(regexp = HotspotController.ID) String id,
                                            @Valid @RequestBody StepRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope,
                (h, c) -> h.reactivate(r.step(), Set.of(), null, c)));
    }

    @Operation(summary = "Correct a lifecycle entry: void it, or give its right date, reason or document",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject(name = "amend the date", value = """
                    {"eventId":"0b9f7f7e-4d7c-4a39-9a59-2f4d1b3c5e10","businessDate":"2025-04-03",
                     "note":"Ngày theo biên bản"}"""))))
    @PostMapping("/corrections")
    public HotspotRecordResponse correct(@PathVariable @Pattern(regexp = HotspotController.ID) String id,
                                         @Valid @RequestBody CorrectionRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope, (h, c) -> h.correct(r.eventId(),
                Boolean.TRUE.equals(r.voided()), r.businessDate(), r.reason(), r.documentRef(), r.note(), c)));
    }

    private static HotspotRecordResponse answer(Hotspot hotspot) {
        return HotspotRecordResponse.of(hotspot);
    }
}
