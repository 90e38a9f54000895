package vn.drugctl.hotspot.arrest.application;

import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.correlation.CorrelationIds;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.arrest.domain.Incident;
import vn.drugctl.hotspot.arrest.domain.IncidentHistoryEntry;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit lines of the incident use cases (platform-common's audit trail, record type {@value #RECORD_TYPE}): who
 * read, changed, tried or searched which incident, and what. A change's line is built here and travels in the
 * change's own document write ({@link Incidents}), so a change and its line cannot part; reads, refusals and searches
 * are recorded at once, before the answer goes out.
 */
public class IncidentAudit {
    public static final String RECORD_TYPE = "incident";

    private final AuditTrail trail;
    private final AuditEntries entries;

    public IncidentAudit(AuditTrail trail, AuditEntries entries) {
        this.trail = trail;
        this.entries = entries;
    }

    public void read(TenantScope scope, Incident incident, String what) {
        trail.record(line(scope, incident, AuditAction.READ, what));
    }

    /** The line of a change ({@code REGISTER} for a new incident, {@code CHANGE} else), to be written with it. */
    public AuditEntry change(TenantScope scope, Incident incident, AuditAction action,
                             List<IncidentHistoryEntry> changes) {
        return line(scope, incident, action, changes.stream().map(e -> e.event().eventType() + " " + e.eventId())
                .collect(Collectors.joining(", ")));
    }

    public void unchanged(TenantScope scope, Incident incident, String what) {
        trail.record(line(scope, incident, AuditAction.NO_CHANGE, what));
    }

    /** An attempt on an id the caller may not see (answered 404), against the incident's unit when it exists. */
    public void denied(TenantScope scope, String id, Incidents.IncidentOwner owner, String what) {
        trail.record(entries.denied(scope, RECORD_TYPE, id, owner == null ? null : owner.unitCode(),
                owner == null ? null : owner.unitPath(), what, null, correlationId()));
    }

    public void searched(TenantScope scope, String what, long count) {
        trail.record(entries.search(scope, RECORD_TYPE, what, count, correlationId()));
    }

    private AuditEntry line(TenantScope scope, Incident incident, AuditAction action, String what) {
        return entries.of(scope, RECORD_TYPE, incident.id(), incident.unitCode(), incident.unitPath(), action, what,
                null, correlationId());
    }

    private static String correlationId() {
        return org.slf4j.MDC.get(CorrelationIds.MDC_KEY);
    }
}
