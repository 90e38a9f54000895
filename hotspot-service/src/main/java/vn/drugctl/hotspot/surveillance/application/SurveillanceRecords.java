package vn.drugctl.hotspot.surveillance.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.RecordUnit;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceHistoryEntry;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The stored surveillance records. Every read for a user takes the caller's {@link TenantScope} and finds only
 * records of units the caller may view; a write stores state, new history entries, their events and the audit line
 * in one document write.
 */
public interface SurveillanceRecords {
    void add(SurveillanceRecord record, List<SurveillanceHistoryEntry> entries, AuditEntry auditLine);

    /** @return false when the record changed since {@code expectedVersion} (nothing written) */
    boolean update(SurveillanceRecord record, long expectedVersion, List<SurveillanceHistoryEntry> newEntries,
                   AuditEntry auditLine);

    Optional<SurveillanceRecord> find(String id, TenantScope scope);

    /** The unit of a record whoever asks, for the audit line of a denied attempt only. */
    Optional<RecordUnit> owner(String id);

    SurveillancePage list(SurveillanceQuery query, TenantScope scope);

    /** Every record of the caller's view (optionally one unit's subtree), one at a time, for counting. */
    long forEach(String unitCode, TenantScope scope, Consumer<SurveillanceRecord> visitor);
}
