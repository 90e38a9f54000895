package vn.drugctl.hotspot.arrest.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.correlation.CorrelationIds;
import vn.drugctl.hotspot.arrest.domain.Incident;
import vn.drugctl.hotspot.arrest.domain.IncidentHistoryEntry;
import vn.drugctl.hotspot.hotspot.application.AuditLine;

import java.util.List;
import java.util.stream.Collectors;

/** The audit lines of the incident use cases: who read, changed, tried or searched which incident, what, and why. */
public class IncidentAudit {
    private final ArrestAuditTrail trail;

    public IncidentAudit(ArrestAuditTrail trail) {
        this.trail = trail;
    }

    public void read(TenantScope scope, Incident incident, String what) {
        trail.record(line(scope, incident.id(), incident.unitCode(), incident.unitPath(), AuditLine.Action.READ,
                what, null));
    }

    public AuditLine change(TenantScope scope, Incident incident, AuditLine.Action action,
                            List<IncidentHistoryEntry> entries) {
        return line(scope, incident.id(), incident.unitCode(), incident.unitPath(), action, entries.stream()
                .map(e -> e.event().eventType() + " " + e.eventId()).collect(Collectors.joining(", ")), null);
    }

    public void unchanged(TenantScope scope, Incident incident, String what) {
        trail.record(line(scope, incident.id(), incident.unitCode(), incident.unitPath(), AuditLine.Action.NO_CHANGE,
                what, null));
    }

    /** An attempt on an id the caller may not see (answered 404), against the incident's unit when it exists. */
    public void denied(TenantScope scope, String id, Incidents.IncidentOwner owner, String what) {
        trail.record(line(scope, id, owner == null ? null : owner.unitCode(), owner == null ? null : owner.unitPath(),
                AuditLine.Action.DENIED, what, null));
    }

    public void searched(TenantScope scope, String what, long count) {
        trail.record(new AuditLine(scope, null, null, null, AuditLine.Action.SEARCH, what, null,
                org.slf4j.MDC.get(CorrelationIds.MDC_KEY), count));
    }

    private static AuditLine line(TenantScope scope, String id, String unitCode, List<String> unitPath,
                                  AuditLine.Action action, String what, String purpose) {
        return new AuditLine(scope, id, unitCode, unitPath, action, what, purpose,
                org.slf4j.MDC.get(CorrelationIds.MDC_KEY), null);
    }
}
