package vn.drugctl.registry.audit.application;

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
        require(actor != null, "actor");
        require(personId != null && !personId.isBlank(), "personId");
        require(personUnitCode != null && !personUnitCode.isBlank(), "personUnitCode");
        require(personUnitPath != null && !personUnitPath.isEmpty(), "personUnitPath");
        require(action != null, "action");
        require(what != null && !what.isBlank(), "what");
        return new AuditEntry(UUID.randomUUID().toString(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                actor.subject(), actor.username(), actor.unitCode(), actor.unitPath(), personId, personUnitCode,
                personUnitPath, action, what.strip(), purpose(purpose), blankToNull(correlationId));
    }

    private static String purpose(String purpose) {
        String p = blankToNull(purpose);
        if (p == null || p.length() <= MAX_PURPOSE_LENGTH) {
            return p;
        }
        return p.substring(0, MAX_PURPOSE_LENGTH - 1) + "…";
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
