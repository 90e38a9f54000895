package vn.drugctl.common.audit;

import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.TenantScope;

import java.time.Instant;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Builds {@link AuditEntry audit entries}: the actor from the caller's {@link TenantScope} (token subject, user name,
 * unit and its path), the record (its type and id) with the unit managing it, a new id and the time from the injected
 * clock. Refuses (IllegalArgumentException) an entry that lacks what a supervisor needs to find it: a caller that
 * cannot build its line has a bug, and must not serve the read or change.
 *
 * <p>The time is cut to milliseconds, the precision MongoDB stores, so that an entry reads back equal to the one
 * recorded. The correlation id is a parameter (the web layer has it) so that this class stays free of web types.
 */
public class AuditEntries {
    /**
     * Longest purpose kept. A longer one is cut (with an ellipsis) rather than refused, since an entry that cannot be
     * recorded refuses the user's read or change with it; request validation should keep purposes shorter.
     */
    public static final int MAX_PURPOSE_LENGTH = 500;
    /** Longest description kept (a search's filters can be long), cut the same way. */
    public static final int MAX_WHAT_LENGTH = 1000;

    private final Clock clock;

    public AuditEntries(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param actor          the caller's scope: who acted and for which unit
     * @param recordType     the kind of record: {@code person}, {@code hotspot}, {@code incident}...
     * @param recordId       the record read or changed
     * @param recordUnitCode the unit managing the record at the time
     * @param recordUnitPath that unit's path, province first (decides which supervisors see the entry)
     * @param what           short description: the event type ({@code PersonMovedToList}), {@code full record}...
     * @param purpose        the purpose the user stated; blank means none ({@code null})
     * @param correlationId  the id of the request, or {@code null}
     * @throws IllegalArgumentException when the actor, the record's type or id, its unit, the action or {@code what}
     *                                  is missing
     */
    public AuditEntry of(TenantScope actor, String recordType, String recordId, String recordUnitCode,
                         List<String> recordUnitPath, AuditAction action, String what, String purpose,
                         String correlationId) {
        require(recordUnitCode != null && !recordUnitCode.isBlank(), "recordUnitCode");
        require(recordUnitPath != null && !recordUnitPath.isEmpty(), "recordUnitPath");
        return entry(actor, recordType, recordId, recordUnitCode, recordUnitPath, action, what, purpose,
                correlationId);
    }

    /**
     * A refused attempt on a record (answered 404). {@code recordUnitCode}/{@code recordUnitPath} are the record's
     * managing unit when it exists, else {@code null}: the line then shows only in the actor's trail.
     */
    public AuditEntry denied(TenantScope actor, String recordType, String recordId, String recordUnitCode,
                             List<String> recordUnitPath, String what, String purpose, String correlationId) {
        return entry(actor, recordType, recordId, recordUnitCode, recordUnitPath, AuditAction.DENIED, what, purpose,
                correlationId);
    }

    /** A search of records of {@code recordType}: the filters ({@code what}) and how many matched; about no one record. */
    public AuditEntry search(TenantScope actor, String recordType, String what, long resultCount,
                             String correlationId) {
        require(actor != null, "actor");
        require(recordType != null && !recordType.isBlank(), "recordType");
        require(what != null && !what.isBlank(), "what");
        return new AuditEntry(UUID.randomUUID().toString(), now(), actor.subject(), actor.username(),
                actor.unitCode(), actor.unitPath(), recordType.strip(), null, null, List.of(), AuditAction.SEARCH,
                cut(what.strip(), MAX_WHAT_LENGTH), null, blankToNull(correlationId), resultCount);
    }

    /**
     * A change a job of the platform made: on behalf of {@code startedBy} when an administrator started the job (the
     * line is then theirs, so their supervisors see it), else by the process itself ({@code startedBy} is the
     * process's {@link Actor#system system actor}).
     *
     * @param startedByUnitPath the path of {@code startedBy}'s unit, province first; ignored for the system actor
     */
    public AuditEntry bySystem(String process, Actor startedBy, List<String> startedByUnitPath, String recordType,
                               String recordId, String recordUnitCode, List<String> recordUnitPath, String what,
                               String correlationId) {
        require(process != null && !process.isBlank(), "process");
        require(recordType != null && !recordType.isBlank(), "recordType");
        require(recordId != null && !recordId.isBlank(), "recordId");
        require(what != null && !what.isBlank(), "what");
        boolean system = startedBy == null || startedBy.unitCode() == null;
        return new AuditEntry(UUID.randomUUID().toString(), now(),
                system ? "system:" + process : startedBy.subject(), system ? process : startedBy.username(),
                system ? null : startedBy.unitCode(), system ? List.of() : startedByUnitPath, recordType.strip(),
                recordId, blankToNull(recordUnitCode), recordUnitPath, AuditAction.CHANGE,
                cut((system ? what : what + " (run of " + process + ")").strip(), MAX_WHAT_LENGTH), null,
                blankToNull(correlationId), null);
    }

    private AuditEntry entry(TenantScope actor, String recordType, String recordId, String recordUnitCode,
                             List<String> recordUnitPath, AuditAction action, String what, String purpose,
                             String correlationId) {
        require(actor != null, "actor");
        require(recordType != null && !recordType.isBlank(), "recordType");
        require(recordId != null && !recordId.isBlank(), "recordId");
        require(action != null, "action");
        require(what != null && !what.isBlank(), "what");
        return new AuditEntry(UUID.randomUUID().toString(), now(), actor.subject(), actor.username(),
                actor.unitCode(), actor.unitPath(), recordType.strip(), recordId, blankToNull(recordUnitCode),
                recordUnitPath, action, cut(what.strip(), MAX_WHAT_LENGTH),
                purpose(purpose), blankToNull(correlationId), null);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String purpose(String purpose) {
        String p = blankToNull(purpose);
        return p == null ? null : cut(p, MAX_PURPOSE_LENGTH);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void require(boolean condition, String name) {
        if (!condition) {
            throw new IllegalArgumentException("An audit entry needs " + name);
        }
    }
}
