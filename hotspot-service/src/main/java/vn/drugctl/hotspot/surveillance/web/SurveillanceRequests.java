package vn.drugctl.hotspot.surveillance.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.drugctl.hotspot.surveillance.domain.Classification;
import vn.drugctl.hotspot.surveillance.domain.ClosingReason;
import vn.drugctl.hotspot.surveillance.domain.SubjectType;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceCategory;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceClass;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceKind;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceSubject;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceSystem;

import java.time.LocalDate;

/** Request bodies of the surveillance record API; the domain checks values and names the field it refuses. */
final class SurveillanceRequests {
    private SurveillanceRequests() {
    }

    static final String OPEN_EXAMPLE = """
            {"kind":"SUU_TRA",
             "subject":{"type":"PERSON","fullName":"Lê Thị Mẫu","birthYear":1990,"residence":"Thôn 1, xã Vũ Bản"},
             "classification":{"category":"DM3","system":"H2","clazz":"B"},
             "openedOn":"2024-10-20","reason":"Rà soát mới","documentRef":"QĐ 15/QĐ-CAX"}""";
    static final String RECLASSIFY_EXAMPLE = """
            {"classification":{"category":"DM1","system":"H2","clazz":"A"},"businessDate":"2024-11-15",
             "reason":"Đánh giá lại","documentRef":"BB 3","expectedVersion":1}""";
    static final String CLOSE_EXAMPLE = """
            {"reason":"PROSECUTED","businessDate":"2024-12-01","documentRef":"QĐ khởi tố 7/2024","expectedVersion":2}""";
    static final String CORRECTION_EXAMPLE = """
            {"eventId":"6f1c...","voided":false,"correctedBusinessDate":"2024-11-20","note":"Sai ngày"}""";

    @Schema(description = "Category DM1-DM3, system H1-H10, class A/B (all three)")
    record ClassificationRequest(SurveillanceCategory category, SurveillanceSystem system, SurveillanceClass clazz) {
        Classification toClassification() {
            return new Classification(category, system, clazz);
        }
    }

    @Schema(description = "PERSON (registry personId, or name/birth year/residence) or GROUP (chuyên án)")
    record SubjectRequest(@Schema(description = "PERSON Cá nhân, GROUP Nhóm, đường dây") SubjectType type,
                          @Size(max = 64) String personId, @Size(max = 120) String fullName, Integer birthYear,
                          @Size(max = 300) String residence, @Size(max = 200) String groupName,
                          @Size(max = 2000) String description,
                          @Schema(description = "Platform and handle or group link, for cyberspace")
                          @Size(max = 300) String onlineAccount) {
        SurveillanceSubject toSubject() {
            return new SurveillanceSubject(type, personId, fullName, birthYear, residence, groupName, description,
                    onlineAccount);
        }
    }

    record OpenRequest(@Schema(description = "SUU_TRA Sưu tra, HIEM_NGHI Hiềm nghi, HIEM_NGHI_CYBERSPACE Hiềm nghi "
                               + "trên không gian mạng, CHUYEN_AN Chuyên án") SurveillanceKind kind,
                       @Valid SubjectRequest subject, @Valid ClassificationRequest classification,
                       LocalDate openedOn, @Size(max = 500) String reason, @Size(max = 128) String documentRef) {
    }

    record ReclassifyRequest(@Valid ClassificationRequest classification, LocalDate businessDate,
                             @Size(max = 500) String reason, @Size(max = 128) String documentRef,
                             Long expectedVersion) {
    }

    record CloseRequest(@Schema(description = "PROSECUTED Đã khởi tố, ADMINISTRATIVE_SANCTION Đã xử lý hành chính, "
                                + "DIED Đã chết, MOVED_AWAY Chuyển đi nơi khác, NO_LONGER_SUSPECTED Không còn nghi "
                                + "vấn, CASE_CONCLUDED Kết thúc chuyên án, OTHER Lý do khác") ClosingReason reason,
                        LocalDate businessDate, @Size(max = 128) String documentRef, @Size(max = 2000) String note,
                        Long expectedVersion) {
    }

    record CorrectionRequest(@Size(max = 64) String eventId, boolean voided, LocalDate correctedBusinessDate,
                             @Size(max = 2000) String note, Long expectedVersion) {
    }
}
