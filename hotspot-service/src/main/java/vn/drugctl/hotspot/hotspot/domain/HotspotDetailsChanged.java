package vn.drugctl.hotspot.hotspot.domain;

import java.time.LocalDate;
import java.util.List;

/** What is known of the point changed; carries all the new details and names what changed. */
public record HotspotDetailsChanged(String hotspotId, LocalDate businessDate, List<String> changedFields,
                                    HotspotDetails details, String note) implements HotspotEvent {
    public HotspotDetailsChanged {
        changedFields = List.copyOf(changedFields);
    }
}
