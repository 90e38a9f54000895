package vn.drugctl.registry.audit.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.audit.domain.AuditEntry;

import java.util.Optional;

/**
 * Reading the audit trail, always through the caller's scope: there is no way to read without one. Entries come
 * newest first (ties broken by id, so pages do not overlap).
 */
public interface AuditLog {
    /** Entries about the person whose person unit path (at the time of the entry) contains a view root. */
    AuditPage ofPerson(String personId, AuditQuery query, TenantScope scope);

    /** Entries by the user whose actor unit path (at the time of the entry) contains a view root. */
    AuditPage ofUser(String username, AuditQuery query, TenantScope scope);

    /** The newest entry about the person the caller may see, whatever the period. */
    Optional<AuditEntry> newestOfPerson(String personId, TenantScope scope);
}
