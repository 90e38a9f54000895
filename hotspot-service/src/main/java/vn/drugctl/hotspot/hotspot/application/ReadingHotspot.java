package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.domain.HotspotState;

import java.time.LocalDate;

/**
 * Opens a hotspot's full record for a caller whose view covers it; every such read is audited first. A hotspot
 * outside the caller's view is 404 like one that does not exist, and the attempt is audited ({@code DENIED}).
 */
public class ReadingHotspot {
    /** The record: the hotspot with its history, its state now and, when asked, on a date ({@code null} before it was added). */
    public record HotspotRecord(Hotspot hotspot, HotspotState now, LocalDate asOf, HotspotState stateAsOf) {
    }

    private final Hotspots hotspots;
    private final HotspotAudit audit;

    public ReadingHotspot(Hotspots hotspots, HotspotAudit audit) {
        this.hotspots = hotspots;
        this.audit = audit;
    }

    public HotspotRecord handle(String id, LocalDate asOf, String purpose, TenantScope scope) {
        String what = asOf == null ? "full record" : "full record, state as of " + asOf;
        Hotspot hotspot = hotspots.find(id, scope).orElseThrow(() -> ChangingHotspot.unknown(hotspots, audit, id,
                scope, what, purpose));
        audit.read(scope, hotspot, what, purpose);
        return new HotspotRecord(hotspot, hotspot.state(), asOf, asOf == null ? null : hotspot.stateAsOf(asOf));
    }
}
