package vn.drugctl.hotspot.hotspot.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A neutralised or eradicated point operates again (tái hoạt động) and is active once more, in its own history.
 * When a new report matched it ({@code matchedOn} not empty), {@code reportedDetails} is what that report said; an
 * officer's explicit reactivation has neither.
 */
public record HotspotReactivated(String hotspotId, LocalDate businessDate, HotspotReason reason, String documentRef,
                                 String note, Set<HotspotDetails.MatchOn> matchedOn, HotspotDetails reportedDetails,
                                 String ruleSet) implements LifecycleEvent {
    public HotspotReactivated {
        matchedOn = matchedOn == null ? Set.of() : Set.copyOf(matchedOn);
    }

    @Override
    public LifecycleStep step() {
        return LifecycleStep.REACTIVATE;
    }

    @Override
    public LifecycleEvent amended(LocalDate date, HotspotReason r, String doc) {
        return new HotspotReactivated(hotspotId, date == null ? businessDate : date, r == null ? reason : r,
                doc == null ? documentRef : doc, note, matchedOn, reportedDetails, ruleSet);
    }
}
