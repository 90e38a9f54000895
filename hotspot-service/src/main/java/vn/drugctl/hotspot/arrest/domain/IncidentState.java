package vn.drugctl.hotspot.arrest.domain;

import java.util.List;

/** An incident now: its details (latest correction applied), its outcome and the hotspots it affected. */
public record IncidentState(IncidentDetails details, Outcome outcome, List<HotspotEffect> hotspotEffects) {
}
