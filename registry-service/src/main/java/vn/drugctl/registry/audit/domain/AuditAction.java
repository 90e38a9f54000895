package vn.drugctl.registry.audit.domain;

/** What a user (or a job of the platform) did, or tried to do. */
public enum AuditAction {
    /** Opened the full record of a person. */
    READ,
    /** Registered a new person. */
    REGISTER,
    /** Changed a person's record (list, flags, details, related records, corrections...). */
    CHANGE,
    /** Created or changed a person through a file import. */
    IMPORT,
    /** Asked to change a person's record, and nothing differed, so nothing was changed. */
    NO_CHANGE,
    /**
     * Tried to read or change a record that is outside the caller's scope or does not exist (answered 404). When the
     * record exists, the line names its managing unit, so that unit's supervisors see who tried.
     */
    DENIED,
    /** Searched the registry: the filters and how many people matched (no person named). */
    SEARCH,
    /**
     * A duplicate check told the caller that a record exists (a CCCD or a likely duplicate), outside or inside the
     * caller's scope: the line names the record, so its unit's supervisors see who was told.
     */
    DISCLOSE
}
