package vn.drugctl.registry.audit.domain;

import java.time.Instant;
import java.util.List;

/**
 * One line of the append-only audit trail: who (token subject, user name, the unit they acted for and its path),
 * when, which person (and the unit managing it, with its path), what, and the purpose the user gave.
 *
 * @param personId       the person read, changed, disclosed or tried; {@code null} for a search
 * @param personUnitCode the unit managing the person; {@code null} for a search and for an attempt on an id that
 *                       does not exist
 * @param what           short description, e.g. the event type and id ({@code PersonMovedToList 1f0…}), {@code full
 *                       record}, a search's filters
 * @param purpose        the purpose the user stated, or {@code null}
 * @param resultCount    for a search, how many people matched; else {@code null}
 */
public record AuditEntry(String id, Instant at, String subject, String username, String actorUnitCode,
                         List<String> actorUnitPath, String personId, String personUnitCode,
                         List<String> personUnitPath, AuditAction action, String what, String purpose,
                         String correlationId, Long resultCount) {
    public AuditEntry {
        actorUnitPath = actorUnitPath == null ? List.of() : List.copyOf(actorUnitPath);
        personUnitPath = personUnitPath == null ? List.of() : List.copyOf(personUnitPath);
    }
}
