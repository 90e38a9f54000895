package vn.drugctl.hotspot.surveillance.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.correlation.CorrelationIds;
import vn.drugctl.hotspot.arrest.application.ArrestAuditTrail;
import vn.drugctl.hotspot.hotspot.application.AuditLine;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceHistoryEntry;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;

import java.util.List;
import java.util.stream.Collectors;

/** The audit lines of the surveillance use cases: who read, changed, tried or counted which records, and what. */
public class SurveillanceAudit {
    private final ArrestAuditTrail trail;

    public SurveillanceAudit(ArrestAuditTrail trail) {
        this.trail = trail;
    }

    public void read(TenantScope scope, SurveillanceRecord r, String what) {
        trail.record(line(scope, r.id(), r.unitCode(), r.unitPath(), AuditLine.Action.READ, what));
    }

    public AuditLine change(TenantScope scope, SurveillanceRecord r, AuditLine.Action action,
                            List<SurveillanceHistoryEntry> entries) {
        return line(scope, r.id(), r.unitCode(), r.unitPath(), action, entries.stream()
                .map(e -> e.event().eventType() + " " + e.eventId()).collect(Collectors.joining(", ")));
    }

    public void unchanged(TenantScope scope, SurveillanceRecord r, String what) {
        trail.record(line(scope, r.id(), r.unitCode(), r.unitPath(), AuditLine.Action.NO_CHANGE, what));
    }

    public void denied(TenantScope scope, String id, SurveillanceRecords.Owner owner, String what) {
        trail.record(line(scope, id, owner == null ? null : owner.unitCode(), owner == null ? null
                : owner.unitPath(), AuditLine.Action.DENIED, what));
    }

    public void searched(TenantScope scope, String what, long count) {
        trail.record(new AuditLine(scope, null, null, null, AuditLine.Action.SEARCH, what, null,
                org.slf4j.MDC.get(CorrelationIds.MDC_KEY), count));
    }

    private static AuditLine line(TenantScope scope, String id, String unitCode, List<String> unitPath,
                                  AuditLine.Action action, String what) {
        return new AuditLine(scope, id, unitCode, unitPath, action, what, null,
                org.slf4j.MDC.get(CorrelationIds.MDC_KEY),
                null);
    }
}
