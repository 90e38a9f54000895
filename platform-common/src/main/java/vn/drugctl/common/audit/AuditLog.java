package vn.drugctl.common.audit;

import vn.drugctl.common.tenancy.TenantScope;

import java.util.Optional;

/**
 * Reading the audit trail, always through the caller's scope: there is no way to read without one. Entries come
 * newest first (ties broken by id, so pages do not overlap).
 */
public interface AuditLog {
    /**
     * Entries about the record ({@code recordType}, {@code recordId}) whose record unit path (at the time of the
     * entry) contains a view root.
     */
    AuditPage ofRecord(String recordType, String recordId, AuditQuery query, TenantScope scope);

    /** Entries by the user whose actor unit path (at the time of the entry) contains a view root. */
    AuditPage ofUser(String username, AuditQuery query, TenantScope scope);

    /** The newest entry about the record the caller may see, whatever the period. */
    Optional<AuditEntry> newestOfRecord(String recordType, String recordId, TenantScope scope);
}
