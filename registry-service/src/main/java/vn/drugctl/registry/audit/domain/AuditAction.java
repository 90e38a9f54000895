package vn.drugctl.registry.audit.domain;

/** What a user did to a person's record. */
public enum AuditAction {
    /** Opened the full record of a person. */
    READ,
    /** Registered a new person. */
    REGISTER,
    /** Changed a person's record (list, flags, details, related records, corrections...). */
    CHANGE,
    /** Created or changed a person through a file import. */
    IMPORT
}
