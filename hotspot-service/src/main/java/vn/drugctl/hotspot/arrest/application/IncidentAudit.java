package vn.drugctl.hotspot.arrest.application;

import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.audit.RecordAudit;
import vn.drugctl.common.audit.RecordUnit;
import vn.drugctl.hotspot.arrest.domain.Incident;
import vn.drugctl.hotspot.arrest.domain.IncidentHistoryEntry;

/**
 * The audit lines of the incident use cases (platform-common's {@link RecordAudit}, record type
 * {@value #RECORD_TYPE}): who read, changed, tried or searched which incident, and what. A change's line travels in
 * the change's own document write ({@link Incidents}).
 */
public class IncidentAudit extends RecordAudit<Incident, IncidentHistoryEntry> {
    public static final String RECORD_TYPE = "incident";

    public IncidentAudit(AuditTrail trail, AuditEntries entries) {
        super(trail, entries, RECORD_TYPE, Incident::id, i -> RecordUnit.of(i.unitCode(), i.unitPath()),
                e -> e.event().eventType() + " " + e.eventId());
    }
}
