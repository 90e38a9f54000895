package vn.drugctl.hotspot.hotspot.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnknownUnitException;
import vn.drugctl.common.text.FoldedText;
import vn.drugctl.hotspot.hotspot.application.AddingHotspot;
import vn.drugctl.hotspot.hotspot.application.ChangingHotspot;
import vn.drugctl.hotspot.hotspot.application.HotspotPage;
import vn.drugctl.hotspot.hotspot.application.HotspotQuery;
import vn.drugctl.hotspot.hotspot.application.HotspotSummary;
import vn.drugctl.hotspot.hotspot.application.MapPoint;
import vn.drugctl.hotspot.hotspot.application.ReadingHotspot;
import vn.drugctl.hotspot.hotspot.application.SearchingHotspots;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotStatus;
import vn.drugctl.hotspot.hotspot.domain.LicensedBusinessKind;
import vn.drugctl.hotspot.hotspot.web.HotspotRequests.ChangeDetailsRequest;
import vn.drugctl.hotspot.hotspot.web.HotspotRequests.CreateHotspotRequest;
import vn.drugctl.hotspot.shared.BusinessTime;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Add, read, list and map hotspots and retail dealers; change what is known of them. */
@Tag(name = "Hotspots", description = "Drug hotspots and retail dealers (Guidance 689/HD-C04-P4): add, read with "
        + "history and state on a date, list within scope, map, change details")
@RestController
@Validated
@RequestMapping("/api/hotspots")
public class HotspotController {
    static final String ID = HotspotRequests.ID;
    /** Says what a create did: {@code ADDED} (201) or {@code REACTIVATED} (200: a watched point came back). */
    static final String OUTCOME_HEADER = "Hotspot-Outcome";

    private final AddingHotspot adding;
    private final ReadingHotspot reading;
    private final SearchingHotspots searching;
    private final ChangingHotspot changing;
    private final BusinessTime time;

    public HotspotController(AddingHotspot adding, ReadingHotspot reading, SearchingHotspots searching,
                             ChangingHotspot changing, BusinessTime time) {
        this.adding = adding;
        this.reading = reading;
        this.searching = searching;
        this.changing = changing;
        this.time = time;
    }

    @Operation(summary = "Add a hotspot or retail dealer to its commune's list, or reactivate a matching watched point",
            description = "201 with the new record. A report matching a neutralised or eradicated point of the "
                    + "province (same licence number, folded address or online handle/group link) is 409 "
                    + "watched-point-match listing the matches (outside your view: only the managing unit); send "
                    + "again with `reactivate: <id>` (200, header Hotspot-Outcome: REACTIVATED, the old point's "
                    + "record) or `overrule: {matchedId, reason}` (201, a new point recording the overrule).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject(name = "licensed karaoke", value = """
                    {"kind":"CLUSTER","name":"Karaoke Ánh Trăng (giả lập)",
                     "address":{"road":"Đường ĐT 491","village":"Thôn Đông","unitCode":"HN-BL-VUBAN",
                                "coordinates":{"lat":20.4912,"lon":106.0114}},
                     "licensedBusiness":{"kind":"KARAOKE","businessName":"Karaoke Ánh Trăng","licenceNumber":"12/GCN-ANTT"},
                     "cyberspace":{"platform":"Telegram","handle":"@anhtrang_demo"},
                     "peopleInvolved":[{"fullName":"Lò Văn Mẫu","birthYear":1994,"role":"chủ quán"}],
                     "evidenceNotes":"Nhiều người lạ ra vào sau 23 giờ","officerInCharge":"Trần Văn Cán Bộ",
                     "reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2025-03-01","documentRef":"BC 12/CAX"}"""))))
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "200", description = "A matched watched point was reactivated (header Hotspot-Outcome)")
    @PostMapping
    public ResponseEntity<HotspotRecordResponse> create(@Valid @RequestBody CreateHotspotRequest request,
                                                        TenantScope scope) {
        AddingHotspot.Outcome outcome;
        try {
            outcome = adding.handle(new AddingHotspot.AddHotspot(request.kind(), request.details().toInput(),
                    request.step(), request.reactivate(),
                    request.overrule() == null ? null : request.overrule().toMatch(), request.purpose()), scope);
        } catch (UnknownUnitException e) {
            throw new InvalidField("address.unitCode", e.getMessage());
        }
        Hotspot hotspot = outcome.hotspot();
        return ResponseEntity.status(outcome.reactivated() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/hotspots/" + hotspot.id()))
                .header(OUTCOME_HEADER, outcome.reactivated() ? "REACTIVATED" : "ADDED")
                .body(HotspotRecordResponse.of(hotspot));
    }

    @Operation(summary = "Read a hotspot's full record with its history, and its state on a date (audited)")
    @GetMapping("/{id}")
    public HotspotRecordResponse get(@PathVariable @Pattern(regexp = ID) String id,
                                     @RequestParam(required = false) LocalDate asOf,
                                     @RequestParam(required = false) @Size(max = 500) String purpose,
                                     TenantScope scope) {
        if (asOf != null && asOf.isAfter(time.today())) {
            throw new InvalidField("asOf", "must not be in the future (today is " + time.today() + ")");
        }
        return HotspotRecordResponse.of(reading.handle(id, asOf, purpose, scope));
    }

    @Operation(summary = "Change what is known of a hotspot (name, address, business, cyberspace, people, notes)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject(name = "new officer in charge", value = """
                    {"details":{"name":"Karaoke Ánh Trăng (giả lập)","address":{"road":"Đường ĐT 491",
                     "village":"Thôn Đông","unitCode":"HN-BL-VUBAN"},"officerInCharge":"Nguyễn Thị Cán Bộ"},
                     "note":"Đổi cán bộ phụ trách","expectedVersion":3}"""))))
    @PutMapping("/{id}/details")
    public HotspotRecordResponse changeDetails(@PathVariable @Pattern(regexp = ID) String id,
                                               @Valid @RequestBody ChangeDetailsRequest request, TenantScope scope) {
        return HotspotRecordResponse.of(changing.handle(id, request.expectedVersion(), request.purpose(), scope,
                (h, c) -> h.changeDetails(request.details().toInput().toDetails(h.state().kind(),
                        h.state().addedAs() == HotspotKind.RETAIL_DEALER, c.today()), request.note(), c)));
    }

    public record HotspotPageResponse(List<HotspotSummary> items, int page, int size, long total) {
    }

    @Operation(summary = "List the hotspots in your scope, filtered, sorted and paginated (audited)",
            description = "Filters combine (AND): kind and status (repeatable), unit (that unit and below), "
                    + "licensed=true|false|<business kind> (repeatable), cyberspace=true|false, text (contained in "
                    + "the name, road, village, business name, dealer name or handle; diacritics and case ignored).")
    @GetMapping
    public HotspotPageResponse list(@RequestParam(required = false) Set<HotspotKind> kind,
                                    @RequestParam(required = false) Set<HotspotStatus> status,
                                    @RequestParam(required = false) @Pattern(regexp = HotspotRequests.UNIT) String unit,
                                    @RequestParam(required = false) Set<String> licensed,
                                    @RequestParam(required = false) Boolean cyberspace,
                                    @RequestParam(required = false) @Size(min = 1, max = 120) String text,
                                    @RequestParam(defaultValue = "NAME") HotspotQuery.Sort sort,
                                    @RequestParam(defaultValue = "0") @PositiveOrZero @Max(100000) int page,
                                    @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                    TenantScope scope) {
        HotspotPage result = search(query(kind, status, unit, licensed, cyberspace, text, sort, page, size), scope);
        return new HotspotPageResponse(result.items(), result.page(), result.size(), result.total());
    }

    @Operation(summary = "The hotspots in your scope with known coordinates, as a GeoJSON FeatureCollection (audited)",
            description = "Takes the list's filters. Each feature is a Point [lon, lat] with properties id, kind, "
                    + "kindLabel, status, statusLabel, name, unit.")
    @GetMapping(value = "/map.geojson", produces = {"application/geo+json", "application/json"})
    public Map<String, Object> map(@RequestParam(required = false) Set<HotspotKind> kind,
                                   @RequestParam(required = false) Set<HotspotStatus> status,
                                   @RequestParam(required = false) @Pattern(regexp = HotspotRequests.UNIT) String unit,
                                   @RequestParam(required = false) Set<String> licensed,
                                   @RequestParam(required = false) Boolean cyberspace,
                                   @RequestParam(required = false) @Size(min = 1, max = 120) String text,
                                   TenantScope scope) {
        HotspotQuery query = query(kind, status, unit, licensed, cyberspace, text, HotspotQuery.Sort.NAME, 0, 1);
        List<MapPoint> points;
        try {
            points = searching.map(query, scope);
        } catch (UnknownUnitException e) {
            throw new InvalidField("unit", e.getMessage());
        }
        List<Map<String, Object>> features = points.stream().map(p -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", p.id());
            properties.put("kind", p.kind());
            properties.put("kindLabel", p.kind().label());
            properties.put("status", p.status());
            properties.put("statusLabel", p.status().label());
            properties.put("name", p.name());
            properties.put("unit", p.unitCode());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", p.id());
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(p.lon(), p.lat())));
            feature.put("properties", properties);
            return feature;
        }).toList();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private HotspotPage search(HotspotQuery query, TenantScope scope) {
        try {
            return searching.handle(query, scope);
        } catch (UnknownUnitException e) {
            throw new InvalidField("unit", e.getMessage());
        }
    }

    private static HotspotQuery query(Set<HotspotKind> kind, Set<HotspotStatus> status, String unit,
                                      Set<String> licensed, Boolean cyberspace, String text, HotspotQuery.Sort sort,
                                      int page, int size) {
        Boolean isLicensed = null;
        Set<LicensedBusinessKind> businessKinds = new java.util.HashSet<>();
        if (licensed != null) {
            for (String value : licensed) {
                switch (value.toLowerCase(Locale.ROOT)) {
                    case "true" -> isLicensed = merge(isLicensed, true);
                    case "false" -> isLicensed = merge(isLicensed, false);
                    default -> {
                        try {
                            businessKinds.add(LicensedBusinessKind.valueOf(value));
                        } catch (IllegalArgumentException e) {
                            throw new InvalidField("licensed", "'" + value + "' is not true, false or a business kind "
                                    + List.of(LicensedBusinessKind.values()));
                        }
                        isLicensed = merge(isLicensed, true);
                    }
                }
            }
        }
        String folded = text == null ? null : FoldedText.fold(text);
        if (folded != null && folded.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidField("text", "must contain letters or digits");
        }
        return new HotspotQuery(kind, status, unit, isLicensed, businessKinds, cyberspace, folded, sort, page, size);
    }

    private static Boolean merge(Boolean before, boolean value) {
        if (before != null && before != value) {
            throw new InvalidField("licensed", "cannot be both true and false");
        }
        return value;
    }
}
