package vn.drugctl.common.audit;

import vn.drugctl.common.tenancy.Role;
import vn.drugctl.common.tenancy.TenantScope;

import java.util.EnumSet;
import java.util.Set;

/**
 * Supervisors (district officers, province analysts, administrators) read the audit trail of a record (a person, a
 * hotspot...) or of a user, limited to their view scope. Reading a record's trail is itself recorded.
 */
public class ReadingAuditTrail {
    /** The {@code what} of the entry that records a read of a person's audit trail. */
    public static final String AUDIT_TRAIL = "audit trail";
    public static final Set<Role> SUPERVISORS = Set.copyOf(EnumSet.of(Role.DISTRICT_OFFICER, Role.PROVINCE_ANALYST,
            Role.ADMIN));

    private final AuditLog log;
    private final AuditTrail trail;
    private final AuditEntries entries;

    public ReadingAuditTrail(AuditLog log, AuditTrail trail, AuditEntries entries) {
        this.log = log;
        this.trail = trail;
        this.entries = entries;
    }

    /** @throws NotAnAuditSupervisor unless the caller holds one of the {@link #SUPERVISORS} roles */
    public static void requireSupervisor(TenantScope scope) {
        if (SUPERVISORS.stream().noneMatch(scope::has)) {
            throw new NotAnAuditSupervisor("Only district officers, province analysts and administrators may read "
                    + "the audit trail");
        }
    }

    /**
     * The record's entries the caller may see. When the caller sees any entry of the record at all, the read is
     * recorded (action READ, what {@value #AUDIT_TRAIL}) before the page is returned, against the record's unit as
     * the caller knows it (the newest entry it may see), so that the supervisors of that unit see who looked.
     * A caller who sees nothing learned nothing, and nothing is recorded.
     *
     * @throws NotAnAuditSupervisor unless the caller is a supervisor
     */
    public AuditPage ofRecord(String recordType, String recordId, AuditQuery query, TenantScope scope,
                              String correlationId) {
        requireSupervisor(scope);
        AuditPage page = log.ofRecord(recordType, recordId, query, scope);
        log.newestOfRecord(recordType, recordId, scope).ifPresent(newest -> trail.record(entries.of(scope,
                recordType, recordId, newest.recordUnitCode(), newest.recordUnitPath(), AuditAction.READ, AUDIT_TRAIL,
                null, correlationId)));
        return page;
    }

    /**
     * The user's entries the caller may see (those made while the user acted for a unit in the caller's view).
     * Not recorded in the trail: an {@code AuditEntry} is about one record, and a page of a user's trail is about
     * up to {@value AuditQuery#MAX_SIZE} of them.
     *
     * @throws NotAnAuditSupervisor unless the caller is a supervisor
     */
    public AuditPage ofUser(String username, AuditQuery query, TenantScope scope) {
        requireSupervisor(scope);
        return log.ofUser(username, query, scope);
    }
}
