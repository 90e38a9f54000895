package vn.drugctl.hotspot.arrest.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An incident was recorded, with its outcome as known then (often PENDING) and the hotspots it eradicated or
 * neutralised; hotspot-service applies those effects to the hotspots from this event.
 */
public record IncidentRecorded(String incidentId, LocalDate businessDate, IncidentDetails details, Outcome outcome,
                               List<HotspotEffect> hotspotEffects) implements IncidentEvent {
    public IncidentRecorded {
        hotspotEffects = hotspotEffects == null ? List.of() : List.copyOf(hotspotEffects);
    }
}
