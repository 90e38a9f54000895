package vn.drugctl.registry.audit.application;

import vn.drugctl.registry.audit.domain.AuditEntry;

/**
 * The append-only audit trail of reads and changes of person records. Entries are only ever added.
 * {@link #record} returns once the entry is stored; a caller that cannot audit must not serve the read.
 */
public interface AuditTrail {
    void record(AuditEntry entry);
}
