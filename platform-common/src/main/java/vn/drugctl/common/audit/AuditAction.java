package vn.drugctl.common.audit;

/** What a user (or a job of the platform) did, or tried to do, to a record (a person, a hotspot, an incident...). */
public enum AuditAction {
    /** Opened the full record. */
    READ,
    /** Created a new record (registered a person, recorded a hotspot or an incident...). */
    REGISTER,
    /** Changed a record (list, flags, details, related records, corrections...). */
    CHANGE,
    /** Created or changed a record through a file import. */
    IMPORT,
    /** Asked to change a record, and nothing differed, so nothing was changed. */
    NO_CHANGE,
    /**
     * Tried to read or change a record that is outside the caller's scope or does not exist (answered 404). When the
     * record exists, the line names its managing unit, so that unit's supervisors see who tried.
     */
    DENIED,
    /** Searched records of one type: the filters and how many matched (no record named). */
    SEARCH,
    /**
     * A duplicate check told the caller that a record exists (a CCCD or a likely duplicate), outside or inside the
     * caller's scope: the line names the record, so its unit's supervisors see who was told.
     */
    DISCLOSE
}
