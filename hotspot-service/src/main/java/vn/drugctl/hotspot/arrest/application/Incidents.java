package vn.drugctl.hotspot.arrest.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.arrest.domain.Incident;
import vn.drugctl.hotspot.arrest.domain.IncidentHistoryEntry;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.RecordUnit;
import vn.drugctl.common.audit.AuditEntry;

import java.util.List;
import java.util.Optional;

/**
 * The stored incidents. Every read for a user takes the caller's {@link TenantScope} and finds only incidents of the
 * units the caller may view (an out-of-scope id is as absent as an unknown one); a write stores the incident's state,
 * its new history entries, their events and the change's audit line in one document write.
 */
public interface Incidents {
    void add(Incident incident, List<IncidentHistoryEntry> entries, AuditEntry auditLine);

    /** @return false when the incident changed since {@code expectedVersion} (nothing written) */
    boolean update(Incident incident, long expectedVersion, List<IncidentHistoryEntry> newEntries, AuditEntry auditLine);

    Optional<Incident> find(String id, TenantScope scope);

    /** Where an incident is kept, whoever asks (for the audit line of a denied attempt only); empty if unknown. */
    Optional<RecordUnit> owner(String id);

    IncidentPage list(IncidentQuery query, TenantScope scope);

    /** The unit an incident belongs to. */}
