package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.web.CorrelationId;
import vn.drugctl.hotspot.hotspot.domain.HistoryEntry;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit lines of the hotspot use cases (platform-common's audit trail, record type {@value #RECORD_TYPE}): who
 * read, changed, tried, searched or was told of which point, what, and why. A change's line is built here and travels
 * in the change's own document write ({@link Hotspots#update}), so a change and its line cannot part. Reads,
 * refusals, searches and disclosures are recorded at once, before the answer goes out: a request that cannot be
 * audited is not served.
 */
public class HotspotAudit {
    public static final String RECORD_TYPE = "hotspot";

    private final AuditTrail trail;
    private final AuditEntries entries;

    public HotspotAudit(AuditTrail trail, AuditEntries entries) {
        this.trail = trail;
        this.entries = entries;
    }

    public void read(TenantScope scope, Hotspot hotspot, String what, String purpose) {
        trail.record(line(scope, hotspot, AuditAction.READ, what, purpose));
    }

    /** The line of a change ({@code REGISTER} for an addition, {@code CHANGE} else), to be written with it. */
    public AuditEntry change(TenantScope scope, Hotspot hotspot, AuditAction action, List<HistoryEntry> changes,
                             String extra, String purpose) {
        String what = changes.stream().map(e -> e.event().eventType() + " " + e.eventId())
                .collect(Collectors.joining(", ")) + (extra == null ? "" : "; " + extra);
        return line(scope, hotspot, action, what, purpose);
    }

    public void unchanged(TenantScope scope, Hotspot hotspot, String what, String purpose) {
        trail.record(line(scope, hotspot, AuditAction.NO_CHANGE, what, purpose));
    }

    /** A read or change of {@code id} refused as unknown (404); {@code holder} when it exists outside the scope. */
    public void denied(TenantScope scope, String id, HotspotCard holder, String what, String purpose) {
        trail.record(entries.denied(scope, RECORD_TYPE, id, holder == null ? null : holder.unitCode(),
                holder == null ? null : holder.unitPath(), what, purpose, correlationId()));
    }

    /** A new report's check told the caller that watched point {@code card} exists. */
    public void disclosed(TenantScope scope, HotspotCard card, String what) {
        trail.record(entries.of(scope, RECORD_TYPE, card.id(), card.unitCode(), card.unitPath(),
                AuditAction.DISCLOSE, what, null, correlationId()));
    }

    public void searched(TenantScope scope, String filters, long matched) {
        trail.record(entries.search(scope, RECORD_TYPE, filters, matched, correlationId()));
    }

    private AuditEntry line(TenantScope scope, Hotspot hotspot, AuditAction action, String what, String purpose) {
        return entries.of(scope, RECORD_TYPE, hotspot.id(), hotspot.unitCode(), hotspot.unitPath(), action, what,
                purpose, correlationId());
    }

    private static String correlationId() {
        return CorrelationId.current().orElse(null);
    }
}
