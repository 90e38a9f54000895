package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.audit.RecordAudit;
import vn.drugctl.common.audit.RecordUnit;
import vn.drugctl.hotspot.hotspot.domain.HistoryEntry;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;

/**
 * The audit lines of the hotspot use cases (platform-common's {@link RecordAudit}, record type {@value #RECORD_TYPE}):
 * who read, changed, tried, searched or was told of which point, what, and why. A change's line travels in the
 * change's own document write ({@link Hotspots#update}).
 */
public class HotspotAudit extends RecordAudit<Hotspot, HistoryEntry> {
    public static final String RECORD_TYPE = "hotspot";

    public HotspotAudit(AuditTrail trail, AuditEntries entries) {
        super(trail, entries, RECORD_TYPE, Hotspot::id, h -> RecordUnit.of(h.unitCode(), h.unitPath()),
                e -> e.event().eventType() + " " + e.eventId());
    }
}
