package vn.drugctl.registry.audit.domain;

import java.time.Instant;
import java.util.List;

/**
 * One line of the append-only audit trail: who (token subject, user name, the unit they acted for and its path),
 * when, which person (and the unit managing it, with its path), what, and the purpose the user gave.
 *
 * @param what    short description, e.g. the event type ({@code PersonMovedToList}) or {@code full record}
 * @param purpose the purpose the user stated, or {@code null}
 */
public record AuditEntry(String id, Instant at, String subject, String username, String actorUnitCode,
                         List<String> actorUnitPath, String personId, String personUnitCode,
                         List<String> personUnitPath, AuditAction action, String what, String purpose,
                         String correlationId) {
    public AuditEntry {
        actorUnitPath = actorUnitPath == null ? List.of() : List.copyOf(actorUnitPath);
        personUnitPath = personUnitPath == null ? List.of() : List.copyOf(personUnitPath);
    }
}
