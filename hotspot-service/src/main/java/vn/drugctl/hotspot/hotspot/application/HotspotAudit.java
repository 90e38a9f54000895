package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.web.CorrelationId;
import vn.drugctl.hotspot.hotspot.domain.HistoryEntry;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit lines of the hotspot use cases: who read, changed, tried, searched or was told of which point, what, and
 * why. A change's line is built here and travels in the change's own document write ({@link Hotspots#update}), so a
 * change and its line cannot part. Reads, refusals, searches and disclosures are recorded at once, before the answer
 * goes out: a request that cannot be audited is not served.
 */
public class HotspotAudit {
    private final HotspotAuditTrail trail;

    public HotspotAudit(HotspotAuditTrail trail) {
        this.trail = trail;
    }

    public void read(TenantScope scope, Hotspot hotspot, String what, String purpose) {
        trail.record(line(scope, hotspot, AuditLine.Action.READ, what, purpose));
    }

    /** The line of a change, to be written with it. */
    public AuditLine change(TenantScope scope, Hotspot hotspot, AuditLine.Action action, List<HistoryEntry> changes,
                            String extra, String purpose) {
        String what = changes.stream().map(e -> e.event().eventType() + " " + e.eventId())
                .collect(Collectors.joining(", ")) + (extra == null ? "" : "; " + extra);
        return line(scope, hotspot, action, what, purpose);
    }

    public void unchanged(TenantScope scope, Hotspot hotspot, String what, String purpose) {
        trail.record(line(scope, hotspot, AuditLine.Action.NO_CHANGE, what, purpose));
    }

    /** A read or change of {@code id} refused as unknown (404); {@code holder} when it exists outside the scope. */
    public void denied(TenantScope scope, String id, HotspotCard holder, String what, String purpose) {
        trail.record(new AuditLine(scope, id, holder == null ? null : holder.unitCode(),
                holder == null ? null : holder.unitPath(), AuditLine.Action.DENIED, what, purpose, correlationId(),
                null));
    }

    /** A new report's check told the caller that watched point {@code card} exists. */
    public void disclosed(TenantScope scope, HotspotCard card, String what) {
        trail.record(new AuditLine(scope, card.id(), card.unitCode(), card.unitPath(), AuditLine.Action.DISCLOSE,
                what, null, correlationId(), null));
    }

    public void searched(TenantScope scope, String filters, long matched) {
        trail.record(new AuditLine(scope, null, null, null, AuditLine.Action.SEARCH, filters, null, correlationId(),
                matched));
    }

    private static AuditLine line(TenantScope scope, Hotspot hotspot, AuditLine.Action action, String what,
                                  String purpose) {
        return new AuditLine(scope, hotspot.id(), hotspot.unitCode(), hotspot.unitPath(), action, what, purpose,
                correlationId(), null);
    }

    private static String correlationId() {
        return CorrelationId.current().orElse(null);
    }
}
