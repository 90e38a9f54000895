package vn.drugctl.hotspot.hotspot.domain;

import java.time.LocalDate;

/** The point left the unit's list (thanh loại) for the reason given; it is no longer watched. */
public record HotspotRemoved(String hotspotId, LocalDate businessDate, HotspotReason reason, String documentRef,
                             String note, String ruleSet) implements LifecycleEvent {
    @Override
    public LifecycleStep step() {
        return LifecycleStep.REMOVE;
    }

    @Override
    public LifecycleEvent amended(LocalDate date, HotspotReason r, String doc) {
        return new HotspotRemoved(hotspotId, date == null ? businessDate : date, r == null ? reason : r,
                doc == null ? documentRef : doc, note, ruleSet);
    }
}
