package vn.drugctl.hotspot.surveillance.application;

import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.audit.RecordAudit;
import vn.drugctl.common.audit.RecordUnit;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceHistoryEntry;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;

/**
 * The audit lines of the surveillance use cases (platform-common's {@link RecordAudit}, record type
 * {@value #RECORD_TYPE}): who read, changed, tried, listed or counted which records, and what. A change's line
 * travels in the change's own document write ({@link SurveillanceRecords}).
 */
public class SurveillanceAudit extends RecordAudit<SurveillanceRecord, SurveillanceHistoryEntry> {
    public static final String RECORD_TYPE = "surveillance-record";

    public SurveillanceAudit(AuditTrail trail, AuditEntries entries) {
        super(trail, entries, RECORD_TYPE, SurveillanceRecord::id, r -> RecordUnit.of(r.unitCode(), r.unitPath()),
                e -> e.event().eventType() + " " + e.eventId());
    }
}
