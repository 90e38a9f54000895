package vn.drugctl.hotspot.hotspot.domain;

import java.time.LocalDate;

/**
 * A point was added (bổ sung) to the unit's list: always the first event of a hotspot. {@code overruledMatch} is set
 * when the officer saw a watched point that matched it and decided this is a new point nonetheless.
 */
public record HotspotAdded(String hotspotId, LocalDate businessDate, HotspotKind kind, HotspotDetails details,
                           HotspotReason reason, String documentRef, String note, String ruleSet,
                           OverruledMatch overruledMatch) implements LifecycleEvent {

    /** A watched point the new one matched, and why the officer recorded a new point rather than a reactivation. */
    public record OverruledMatch(String matchedId, String reason) {
    }

    @Override
    public LifecycleStep step() {
        return LifecycleStep.ADD;
    }

    @Override
    public LifecycleEvent amended(LocalDate date, HotspotReason r, String doc) {
        return new HotspotAdded(hotspotId, date == null ? businessDate : date, kind, details, r == null ? reason : r,
                doc == null ? documentRef : doc, note, ruleSet, overruledMatch);
    }
}
