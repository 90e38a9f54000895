package vn.drugctl.registry.audit.application;

import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.audit.domain.AuditAction;
import vn.drugctl.registry.audit.domain.AuditEntry;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Builds {@link AuditEntry audit entries}: the actor from the caller's {@link TenantScope} (token subject, user name,
 * unit and its path), the person with the unit managing it, a new id and the time from the injected clock.
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
     * @param personId       the person read or changed
     * @param personUnitCode the unit managing the person at the time
     * @param personUnitPath that unit's path, province first (decides which supervisors see the entry)
     * @param what           short description: the event type ({@code PersonMovedToList}), {@code full record}...
     * @param purpose        the purpose the user stated; blank means none ({@code null})
     * @param correlationId  the id of the request, or {@code null}
     * @throws IllegalArgumentException when the actor, the person, its unit, the action or {@code what} is missing
     */
    public AuditEntry of(TenantScope actor, String personId, String personUnitCode, List<String> personUnitPath,
                         AuditAction action, String what, String purpose, String correlationId) {
        require(personUnitCode != null && !personUnitCode.isBlank(), "personUnitCode");
        require(personUnitPath != null && !personUnitPath.isEmpty(), "personUnitPath");
        return entry(actor, personId, personUnitCode, personUnitPath, action, what, purpose, correlationId, null);
    }

    /**
     * A refused attempt on a person's record (answered 404). {@code personUnitCode}/{@code personUnitPath} are the
     * record's managing unit when it exists, else {@code null}: the line then shows only in the actor's trail.
     */
    public AuditEntry denied(TenantScope actor, String personId, String personUnitCode, List<String> personUnitPath,
                             String what, String purpose, String correlationId) {
        return entry(actor, personId, personUnitCode, personUnitPath, AuditAction.DENIED, what, purpose,
                correlationId, null);
    }

    /** A search: the filters ({@code what}) and how many people matched; about no one person. */
    public AuditEntry search(TenantScope actor, String what, long resultCount, String correlationId) {
        require(actor != null, "actor");
        require(what != null && !what.isBlank(), "what");
        return new AuditEntry(UUID.randomUUID().toString(), now(), actor.subject(), actor.username(),
                actor.unitCode(), actor.unitPath(), null, null, List.of(), AuditAction.SEARCH, cut(what.strip(),
                MAX_WHAT_LENGTH), null, blankToNull(correlationId), resultCount);
    }

    /**
     * A change a job of the platform made: on behalf of {@code startedBy} when an administrator started the job (the
     * line is then theirs, so their supervisors see it), else by the process itself ({@code startedBy} is the
     * process's {@link Actor#system system actor}).
     *
     * @param startedByUnitPath the path of {@code startedBy}'s unit, province first; ignored for the system actor
     */
    public AuditEntry bySystem(String process, Actor startedBy, List<String> startedByUnitPath, String personId,
                               String personUnitCode, List<String> personUnitPath, String what, String correlationId) {
        require(process != null && !process.isBlank(), "process");
        require(personId != null && !personId.isBlank(), "personId");
        require(what != null && !what.isBlank(), "what");
        boolean system = startedBy == null || startedBy.unitCode() == null;
        return new AuditEntry(UUID.randomUUID().toString(), now(),
                system ? "system:" + process : startedBy.subject(), system ? process : startedBy.username(),
                system ? null : startedBy.unitCode(), system ? List.of() : startedByUnitPath, personId,
                personUnitCode, personUnitPath, AuditAction.CHANGE,
                cut((system ? what : what + " (run of " + process + ")").strip(), MAX_WHAT_LENGTH), null,
                blankToNull(correlationId), null);
    }

    private AuditEntry entry(TenantScope actor, String personId, String personUnitCode, List<String> personUnitPath,
                             AuditAction action, String what, String purpose, String correlationId, Long count) {
        require(actor != null, "actor");
        require(personId != null && !personId.isBlank(), "personId");
        require(action != null, "action");
        require(what != null && !what.isBlank(), "what");
        return new AuditEntry(UUID.randomUUID().toString(), now(), actor.subject(), actor.username(),
                actor.unitCode(), actor.unitPath(), personId, blankToNull(personUnitCode), personUnitPath, action,
                cut(what.strip(), MAX_WHAT_LENGTH), purpose(purpose), blankToNull(correlationId), count);
    }

    private java.time.Instant now() {
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
