package vn.drugctl.hotspot.hotspot.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The point was eradicated (triệt xóa), by the arrests ({@code incidentIds}) or decisions ({@code decisionRefs}) named
 * (at least one of them); it stays watched so that it does not reactivate unseen.
 */
public record HotspotEradicated(String hotspotId, LocalDate businessDate, HotspotReason reason, String documentRef,
                                String note, List<String> incidentIds, List<String> decisionRefs, String ruleSet)
        implements LifecycleEvent {
    public HotspotEradicated {
        incidentIds = incidentIds == null ? List.of() : List.copyOf(incidentIds);
        decisionRefs = decisionRefs == null ? List.of() : List.copyOf(decisionRefs);
    }

    @Override
    public LifecycleStep step() {
        return LifecycleStep.ERADICATE;
    }

    @Override
    public LifecycleEvent amended(LocalDate date, HotspotReason r, String doc) {
        return new HotspotEradicated(hotspotId, date == null ? businessDate : date, r == null ? reason : r,
                doc == null ? documentRef : doc, note, incidentIds, decisionRefs, ruleSet);
    }
}
