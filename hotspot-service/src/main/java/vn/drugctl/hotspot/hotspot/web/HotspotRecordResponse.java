package vn.drugctl.hotspot.hotspot.web;

import vn.drugctl.hotspot.hotspot.application.ReadingHotspot.HotspotRecord;
import vn.drugctl.hotspot.hotspot.domain.HistoryEntry;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.domain.HotspotAdded;
import vn.drugctl.hotspot.hotspot.domain.HotspotDetails;
import vn.drugctl.hotspot.hotspot.domain.HotspotEntryCorrected;
import vn.drugctl.hotspot.hotspot.domain.HotspotEvent;
import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotReason;
import vn.drugctl.hotspot.hotspot.domain.HotspotState;
import vn.drugctl.hotspot.hotspot.domain.HotspotStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hotspot's full record: the details, the state now, the state on {@code asOf} when asked ({@code null} when the
 * point had not been added by then), and the whole history (each entry with who entered it and when, and the
 * correction that amended or voided it, if any).
 */
public record HotspotRecordResponse(String id, String unitCode, List<String> unitPath, long version,
                                    HotspotDetails details, StateResponse now, LocalDate asOf,
                                    StateResponse stateAsOf, List<HistoryEntryResponse> history) {

    public record StateResponse(HotspotKind kind, String kindLabel, HotspotStatus status, String statusLabel,
                                boolean watched, LocalDate addedOn, HotspotKind addedAs, LocalDate statusSince,
                                HotspotReason statusReason, String statusReasonLabel, String statusDocumentRef,
                                HotspotKind escalatedFrom, List<String> incidentIds, List<String> decisionRefs,
                                int reactivations, HotspotAdded.OverruledMatch overruledMatch) {
        static StateResponse of(HotspotState s) {
            return s == null ? null : new StateResponse(s.kind(), s.kind().label(), s.status(), s.status().label(),
                    s.watched(), s.addedOn(), s.addedAs(), s.statusSince(), s.statusReason(),
                    s.statusReason() == null ? null : s.statusReason().label(), s.statusDocumentRef(),
                    s.escalatedFrom(), s.incidentIds(), s.decisionRefs(), s.reactivations(), s.overruledMatch());
        }
    }

    /**
     * @param correctedBy the id of the latest correction of this entry, if any
     * @param voided      whether that correction voided the entry
     */
    public record HistoryEntryResponse(String eventId, String eventType, LocalDate businessDate, Instant recordedAt,
                                       String recordedBy, String recordedByUnit, HotspotEvent event,
                                       String correctedBy, boolean voided) {
    }

    static HotspotRecordResponse of(HotspotRecord record) {
        Hotspot h = record.hotspot();
        Map<String, HistoryEntry> corrections = new HashMap<>();
        for (HistoryEntry e : h.history()) {
            if (e.event() instanceof HotspotEntryCorrected c) {
                corrections.put(c.correctsEventId(), e);
            }
        }
        List<HistoryEntryResponse> history = h.history().stream().map(e -> {
            HistoryEntry correction = corrections.get(e.eventId());
            return new HistoryEntryResponse(e.eventId(), e.event().eventType(), e.event().businessDate(),
                    e.recordedAt(), e.actor() == null ? null : e.actor().username(),
                    e.actor() == null ? null : e.actor().unitCode(), e.event(),
                    correction == null ? null : correction.eventId(),
                    correction != null && ((HotspotEntryCorrected) correction.event()).voided());
        }).toList();
        return new HotspotRecordResponse(h.id(), h.unitCode(), h.unitPath(), h.version(), record.now().details(),
                StateResponse.of(record.now()), record.asOf(), StateResponse.of(record.stateAsOf()), history);
    }

    static HotspotRecordResponse of(Hotspot hotspot) {
        return of(new HotspotRecord(hotspot, hotspot.state(), null, null));
    }
}
