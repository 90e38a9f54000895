package vn.drugctl.common.audit;

/**
 * The append-only audit trail of reads and changes of records (persons, hotspots, incidents...). Entries are only
 * ever added. {@link #record} returns once the entry is stored; a caller that cannot audit must not serve the read.
 */
public interface AuditTrail {
    void record(AuditEntry entry);
}
