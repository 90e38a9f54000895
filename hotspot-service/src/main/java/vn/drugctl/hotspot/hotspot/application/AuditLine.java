package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.common.tenancy.TenantScope;

import java.util.List;

/**
 * One line for the audit trail, as the hotspot use cases describe it: who ({@code actor}), which record and the unit
 * managing it ({@code null} for a search, or for an attempt on an id that does not exist), what, why. The adapter
 * behind {@link HotspotAuditTrail} (and the store, for the line of a change that travels in the change's own write)
 * gives it its id and time and writes it in the platform's audit format.
 *
 * @param resultCount for a search, how many records matched; else {@code null}
 */
public record AuditLine(TenantScope actor, String recordId, String unitCode, List<String> unitPath, Action action,
                        String what, String purpose, String correlationId, Long resultCount) {

    /** What the caller did or tried. */
    public enum Action {
        /** Opened a full record. */
        READ,
        /** Created a record. */
        CREATE,
        /** Changed a record. */
        CHANGE,
        /** Asked for a change that was refused or changed nothing. */
        NO_CHANGE,
        /** Tried a record outside the caller's scope, or one that does not exist (answered 404). */
        DENIED,
        /** Searched (filters and how many matched; no record named). */
        SEARCH,
        /** Was told that a record exists (a watched point matching a new report). */
        DISCLOSE
    }

    public AuditLine {
        unitPath = unitPath == null ? List.of() : List.copyOf(unitPath);
    }
}
