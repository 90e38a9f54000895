package vn.drugctl.hotspot.hotspot.application;

/**
 * The append-only audit trail, as the hotspot use cases need it: {@link #record} returns once the line is stored, and
 * a read that cannot be audited is not served. The line of a change is not recorded here: it travels in the change's
 * own document write ({@link Hotspots}), so a change and its audit line cannot part.
 */
public interface HotspotAuditTrail {
    void record(AuditLine line);
}
