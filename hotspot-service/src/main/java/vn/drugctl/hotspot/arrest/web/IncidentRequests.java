package vn.drugctl.hotspot.arrest.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.hotspot.arrest.domain.HotspotEffect;
import vn.drugctl.hotspot.arrest.domain.HotspotEffectKind;
import vn.drugctl.hotspot.arrest.domain.IncidentDraft;
import vn.drugctl.hotspot.arrest.domain.IncidentPlace;
import vn.drugctl.hotspot.arrest.domain.Outcome;
import vn.drugctl.hotspot.arrest.domain.OutcomeKind;
import vn.drugctl.hotspot.arrest.domain.SubstanceKind;
import vn.drugctl.hotspot.arrest.domain.Suspect;
import vn.drugctl.hotspot.arrest.domain.SuspectAct;
import vn.drugctl.hotspot.arrest.domain.SuspectResidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The request bodies of the incident API; the domain checks the values and names the field it refuses. */
final class IncidentRequests {
    private IncidentRequests() {
    }

    static final String CREATE_EXAMPLE = """
            {"occurredAt":"2026-11-20T21:30:00+07:00",
             "place":{"road":"Đường trục xã","village":"Thôn 3","unitCode":"HN-BL-VUBAN"},
             "otherUnitCodes":["HN-BL"],
             "suspects":[
               {"suspectId":"s1","personId":"7d7c1f8e-0000-4000-8000-000000000001","acts":["POSSESSION","SALE"]},
               {"suspectId":"s2","fullName":"Trần Văn Mẫu","birthYear":1992,
                "residence":{"text":"xóm 4, xã Châu Nhân, Nghệ An","provinceCode":"NA"},"acts":["POSSESSION"]}],
             "seizures":[{"kind":"METHAMPHETAMINE","grams":"1.250","suspectId":"s1"},
                         {"kind":"HEROIN","grams":"0.2","suspectId":"s2"}],
             "moneyVnd":600000,"vehicles":1,"vehiclesDescription":"01 xe máy","phones":2,
             "summary":"Bắt quả tang hành vi mua bán trái phép chất ma túy",
             "outcome":{"kind":"PENDING"},
             "hotspotEffects":[]}""";

    static final String OUTCOME_EXAMPLE = """
            {"kind":"PROSECUTED","caseNumber":"12/2026/HS","defendants":["s1"],"decidedOn":"2026-11-21",
             "note":"Quyết định khởi tố vụ án số 12"}""";

    static final String CORRECTION_EXAMPLE = """
            {"incident":{"occurredAt":"2026-11-20T21:15:00+07:00",
              "place":{"road":"Đường trục xã","village":"Thôn 3","unitCode":"HN-BL-VUBAN"},"otherUnitCodes":["HN-BL"],
              "suspects":[{"suspectId":"s1","personId":"7d7c1f8e-0000-4000-8000-000000000001","acts":["POSSESSION"]}],
              "seizures":[{"kind":"METHAMPHETAMINE","grams":"1.205","suspectId":"s1"}]},
             "note":"Cân lại tang vật: 1,205 g","expectedVersion":1}""";

    @Schema(description = "Where: road or spot, village, the commune's unit code")
    record PlaceRequest(@Size(max = 200) String road, @Size(max = 200) String village,
                        @Size(max = 64) String unitCode) {
    }

    @Schema(description = "Residence as written (may be another province), an optional province code and, when the "
            + "suspect lives in this province, the optional code of the police unit of the place: that unit is "
            + "notified of the arrest (without its details)")
    record ResidenceRequest(@Size(max = 300) String text, @Size(max = 32) String provinceCode,
                            @Size(max = 32) String unitCode) {
    }

    @Schema(description = "A suspect: a registry person (personId) or name, birth date or year, residence")
    record SuspectRequest(@Schema(description = "Id within the incident; kept by corrections, named by defendants")
                          @Size(max = 64) String suspectId,
                          @Schema(description = "The registry person's id when known") @Size(max = 64) String personId,
                          @Size(max = 120) String fullName, LocalDate birthDate, Integer birthYear,
                          @Valid ResidenceRequest residence,
                          @Schema(description = "POSSESSION Tàng trữ, SALE Mua bán, TRANSPORT Vận chuyển, "
                                  + "ORGANISING_USE Tổ chức sử dụng, HARBOURING Chứa chấp, OTHER Khác")
                          List<SuspectAct> acts,
                          @Size(max = 300) String actNote) {
        Suspect toSuspect() {
            return new Suspect(suspectId, personId, fullName, birthDate, birthYear, residence == null ? null
                    : new SuspectResidence(residence.text(), residence.provinceCode(),
                    residence.unitCode()), acts, actNote);
        }
    }

    @Schema(description = "A seized substance; grams positive with at most 3 decimals, best sent as a string")
    record SeizureRequest(@Schema(description = "METHAMPHETAMINE Ma túy đá, HEROIN, KETAMINE Ke, MDMA Thuốc lắc, "
                                  + "CANNABIS Cần sa, OTHER (with name)") SubstanceKind kind,
                          @Size(max = 120) String name,
                          @Schema(type = "string", example = "1.250") BigDecimal grams,
                          @Size(max = 64) String suspectId) {
    }

    @Schema(description = "PENDING; PROSECUTED with caseNumber and defendants (suspect ids); ADMINISTRATIVE with "
            + "sanctionDecisionRef")
    record OutcomeRequest(@Schema(description = "PENDING Đang xử lý, PROSECUTED Khởi tố, ADMINISTRATIVE Xử phạt "
                                  + "vi phạm hành chính") OutcomeKind kind,
                          @Size(max = 64) String caseNumber, List<String> defendants,
                          @Size(max = 128) String sanctionDecisionRef, LocalDate decidedOn) {
        Outcome toOutcome() {
            return new Outcome(kind, caseNumber, defendants, sanctionDecisionRef, decidedOn);
        }
    }

    @Schema(description = "This incident ERADICATES (Triệt xóa) or NEUTRALISES (Vô hiệu hóa) the hotspot")
    record HotspotEffectRequest(@Size(max = 64) String hotspotId, HotspotEffectKind effect) {
    }

    @Schema(description = "An incident (vụ): when, where, units, suspects, seizures")
    record IncidentBody(@Schema(description = "ISO-8601 date-time with offset, not in the future",
                                example = "2026-11-20T21:30:00+07:00") @Size(max = 64) String occurredAt,
                        @Valid PlaceRequest place,
                        @Schema(description = "Units that took part besides the capturing (caller's) unit")
                        @Size(max = 20) List<String> otherUnitCodes,
                        @Size(max = 200) List<@Valid SuspectRequest> suspects,
                        @Size(max = 200) List<@Valid SeizureRequest> seizures,
                        @Schema(description = "Money seized, whole VND") Long moneyVnd,
                        Integer vehicles, @Size(max = 500) String vehiclesDescription,
                        Integer phones, @Size(max = 500) String phonesDescription,
                        @Size(max = 4000) String summary) {
        IncidentDraft toDraft() {
            OffsetDateTime at;
            if (occurredAt == null || occurredAt.isBlank()) {
                at = null;
            } else {
                try {
                    at = OffsetDateTime.parse(occurredAt.strip());
                } catch (DateTimeParseException e) {
                    throw new InvalidField("occurredAt", "must be an ISO-8601 date-time with offset, e.g. "
                            + "2026-11-20T21:30:00+07:00");
                }
            }
            return new IncidentDraft(at, place == null ? null : new IncidentPlace(place.road(), place.village(),
                    place.unitCode()), otherUnitCodes,
                    suspects == null ? null : suspects.stream().map(s -> s == null ? null : s.toSuspect()).toList(),
                    seizures == null ? null : seizures.stream().map(z -> z == null ? null
                            : new IncidentDraft.SeizureDraft(z.kind(), z.name(), z.grams(), z.suspectId())).toList(),
                    moneyVnd, vehicles, vehiclesDescription, phones, phonesDescription, summary);
        }
    }

    record CreateIncidentRequest(@Schema(example = "2026-11-20T21:30:00+07:00") @Size(max = 64) String occurredAt,
                                 @Valid PlaceRequest place, @Size(max = 20) List<String> otherUnitCodes,
                                 @Size(max = 200) List<@Valid SuspectRequest> suspects,
                                 @Size(max = 200) List<@Valid SeizureRequest> seizures,
                                 Long moneyVnd, Integer vehicles, @Size(max = 500) String vehiclesDescription,
                                 Integer phones, @Size(max = 500) String phonesDescription,
                                 @Size(max = 4000) String summary, @Valid OutcomeRequest outcome,
                                 @Size(max = 50) List<@Valid HotspotEffectRequest> hotspotEffects) {
        IncidentBody body() {
            return new IncidentBody(occurredAt, place, otherUnitCodes, suspects, seizures, moneyVnd, vehicles,
                    vehiclesDescription, phones, phonesDescription, summary);
        }

        List<HotspotEffect> effects() {
            return hotspotEffects == null ? List.of() : hotspotEffects.stream()
                    .map(e -> e == null ? null : new HotspotEffect(e.hotspotId(), e.effect())).toList();
        }
    }

    record OutcomeStepRequest(@NotNull OutcomeKind kind, @Size(max = 64) String caseNumber, List<String> defendants,
                              @Size(max = 128) String sanctionDecisionRef, LocalDate decidedOn,
                              @Size(max = 2000) String note, Long expectedVersion) {
        Outcome toOutcome() {
            return new Outcome(kind, caseNumber, defendants, sanctionDecisionRef, decidedOn);
        }
    }

    record CorrectionRequest(@NotNull @Valid IncidentBody incident, @Size(max = 2000) String note,
                             Long expectedVersion) {
    }
}
