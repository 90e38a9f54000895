package vn.drugctl.hotspot.surveillance.application;

import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.correlation.CorrelationIds;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceHistoryEntry;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit lines of the surveillance use cases (platform-common's audit trail, record type {@value #RECORD_TYPE}):
 * who read, changed, tried, listed or counted which records, and what. A change's line travels in the change's own
 * document write ({@link SurveillanceRecords}); reads, refusals and searches are recorded before the answer goes out.
 */
public class SurveillanceAudit {
    public static final String RECORD_TYPE = "surveillance-record";

    private final AuditTrail trail;
    private final AuditEntries entries;

    public SurveillanceAudit(AuditTrail trail, AuditEntries entries) {
        this.trail = trail;
        this.entries = entries;
    }

    public void read(TenantScope scope, SurveillanceRecord r, String what) {
        trail.record(line(scope, r, AuditAction.READ, what));
    }

    public AuditEntry change(TenantScope scope, SurveillanceRecord r, AuditAction action,
                             List<SurveillanceHistoryEntry> changes) {
        return line(scope, r, action, changes.stream().map(e -> e.event().eventType() + " " + e.eventId())
                .collect(Collectors.joining(", ")));
    }

    public void unchanged(TenantScope scope, SurveillanceRecord r, String what) {
        trail.record(line(scope, r, AuditAction.NO_CHANGE, what));
    }

    public void denied(TenantScope scope, String id, SurveillanceRecords.Owner owner, String what) {
        trail.record(entries.denied(scope, RECORD_TYPE, id, owner == null ? null : owner.unitCode(),
                owner == null ? null : owner.unitPath(), what, null, correlationId()));
    }

    public void searched(TenantScope scope, String what, long count) {
        trail.record(entries.search(scope, RECORD_TYPE, what, count, correlationId()));
    }

    private AuditEntry line(TenantScope scope, SurveillanceRecord r, AuditAction action, String what) {
        return entries.of(scope, RECORD_TYPE, r.id(), r.unitCode(), r.unitPath(), action, what, null,
                correlationId());
    }

    private static String correlationId() {
        return org.slf4j.MDC.get(CorrelationIds.MDC_KEY);
    }
}
