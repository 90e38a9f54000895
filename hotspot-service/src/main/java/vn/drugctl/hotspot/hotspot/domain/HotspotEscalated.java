package vn.drugctl.hotspot.hotspot.domain;

import java.time.LocalDate;

/** A risk point or a retail dealer became a complex drug point ({@code toKind}). */
public record HotspotEscalated(String hotspotId, LocalDate businessDate, HotspotKind toKind, HotspotReason reason,
                               String documentRef, String note, String ruleSet) implements LifecycleEvent {
    @Override
    public LifecycleStep step() {
        return LifecycleStep.ESCALATE;
    }

    @Override
    public LifecycleEvent amended(LocalDate date, HotspotReason r, String doc) {
        return new HotspotEscalated(hotspotId, date == null ? businessDate : date, toKind, r == null ? reason : r,
                doc == null ? documentRef : doc, note, ruleSet);
    }
}
