package vn.drugctl.hotspot.hotspot.domain;

import java.time.LocalDate;

/** The point was neutralised (vô hiệu hóa): it no longer operates, and stays watched. */
public record HotspotNeutralised(String hotspotId, LocalDate businessDate, HotspotReason reason, String documentRef,
                                 String note, String ruleSet) implements LifecycleEvent {
    @Override
    public LifecycleStep step() {
        return LifecycleStep.NEUTRALISE;
    }

    @Override
    public LifecycleEvent amended(LocalDate date, HotspotReason r, String doc) {
        return new HotspotNeutralised(hotspotId, date == null ? businessDate : date, r == null ? reason : r,
                doc == null ? documentRef : doc, note, ruleSet);
    }
}
