package vn.drugctl.hotspot.hotspot.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A hotspot's state on a date: the replay of its effective history up to that date.
 *
 * @param statusSince    the business date of the step that set the status (the addition for an active point)
 * @param escalatedFrom  the kind before the latest escalation, or {@code null}
 * @param incidentIds    the arrests behind the eradication in force, else empty
 * @param reactivations  how many times the point came back after being neutralised or eradicated
 */
public record HotspotState(HotspotKind kind, HotspotStatus status, LocalDate addedOn, HotspotKind addedAs,
                           LocalDate statusSince, HotspotReason statusReason, String statusDocumentRef,
                           HotspotKind escalatedFrom, HotspotDetails details, List<String> incidentIds,
                           List<String> decisionRefs, int reactivations,
                           HotspotAdded.OverruledMatch overruledMatch) {
    public HotspotState {
        incidentIds = incidentIds == null ? List.of() : List.copyOf(incidentIds);
        decisionRefs = decisionRefs == null ? List.of() : List.copyOf(decisionRefs);
    }

    public boolean watched() {
        return status.watched();
    }
}
