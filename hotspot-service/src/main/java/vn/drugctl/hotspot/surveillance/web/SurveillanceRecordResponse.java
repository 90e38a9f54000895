package vn.drugctl.hotspot.surveillance.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.hotspot.surveillance.domain.Classification;
import vn.drugctl.hotspot.surveillance.domain.ClosingReason;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceKind;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceState;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceStatus;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceSubject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A surveillance record as the API shows it: state now, state on {@code asOf} when asked, the whole history. */
public record SurveillanceRecordResponse(String id, String unitCode, List<String> unitPath, long version,
                                         SurveillanceKind kind, String kindLabel, SurveillanceSubject subject,
                                         StateView state, LocalDate asOf, StateView stateAsOf,
                                         List<HistoryView> history) {

    public record StateView(SurveillanceStatus status, String statusLabel, Classification classification,
                            LocalDate openedOn, String openingReason, String openingDocumentRef, LocalDate closedOn,
                            ClosingReason closingReason, String closingReasonLabel) {
        static StateView of(SurveillanceState s) {
            return new StateView(s.status(), s.status() == null ? null : s.status().label(), s.classification(),
                    s.openedOn(), s.openingReason(), s.openingDocumentRef(), s.closedOn(), s.closingReason(),
                    s.closingReason() == null ? null : s.closingReason().label());
        }
    }

    public record HistoryView(String eventId, String eventType, LocalDate businessDate, Instant recordedAt,
                              String actor, String actorUnitCode, JsonNode payload) {
    }

    static SurveillanceRecordResponse of(SurveillanceRecord r, LocalDate asOf, JsonMapper json) {
        SurveillanceState now = r.state();
        return new SurveillanceRecordResponse(r.id(), r.unitCode(), r.unitPath(), r.version(), now.kind(),
                now.kind().label(), now.subject(), StateView.of(now), asOf,
                asOf == null ? null : StateView.of(r.stateAsOf(asOf)),
                r.history().stream().map(h -> new HistoryView(h.eventId(), h.event().eventType(),
                        h.event().businessDate(), h.recordedAt(), h.actor().username(), h.actor().unitCode(),
                        json.valueToTree(h.event()))).toList());
    }
}
